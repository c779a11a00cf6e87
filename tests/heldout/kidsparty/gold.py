"""Gold answers for the 童趣派 FunBurst Kids Parties held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "parents" are the people in `customer_id` (one parent account books the party);
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey's window from their first step-1 event in the period; rates are per customer; when the
  question does not say whether later steps may fall after the period end, the tolerance covers both readings;
- a booking (预订单) = one `session_id` (PB000123), carried by every event of that party plan; per-booking step rates
  ("of bookings that reached A, the share that reached B") take the bookings with an A event in the period (by A's
  date) and look for B on the same booking at any time;
- a party "held" = a `tp_party_start` event (its ts is the actual start); periods of parties go by that ts;
  a late start = `start_delay_min` > 15; the venue is the `venue` column (上门派对 = at-home parties);
- entertainer no-show rate = held parties of the entertainer assigned (tp_entertainer_assigned.entertainer_id of the
  booking) with a tp_entertainer_noshow / those held parties (tolerance covers "/ all their assignments");
  freelance vs staff by `entertainer_type` of the assignment;
- cancellation rate = bookings with a tp_deposit_paid whose `party_date` is in the period and that have a
  tp_cancel_request / those bookings; "late cancellation" = `days_before_party` < 7;
- late cake = `cake_minutes_late` > 20 on tp_cake_delivered; photo turnaround = `photo_days` on tp_photo_delivered
  (tolerance covers the ts difference party start -> delivery);
- money = orders with status `paid`, `amount` in CNY (Singapore orders carry SGD in `amount_local`); order_type
  deposit / balance / theme_addon / cake / photo; refunds = `refund_amount` on tp_refund events;
- A/B test exp_consultant_push: a customer converts when they pay a deposit within 14 days after `assigned_at`;
- feedback = all rows of all channels; "all data" includes rows without ts; dated periods only count dated rows;
  negative = `sentiment_label = neg` (generator truth); topic counts use text markers with a 5 % tolerance;
  parent review = channel `survey`; public reviews = channel `social`; NPS = share 9-10 minus share 0-6 (fraction);
- exact duplicate event rows (same event_id) are loaded once; periods are inclusive calendar dates; relative periods
  resolve against the item's `as_of`; 2024 国庆 = 2024-10-01 .. 10-07.
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


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def count(v):
    return dict(value=int(v), tolerance=0.5)


def money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def avg(v, rel=0.02, floor=0.05):
    return dict(value=round(float(v), 3), tolerance=round(max(floor, abs(float(v)) * rel), 3))


def top(rows, margin, ratio=True):
    print("   ", [(r[0], round(float(r[1]), 3)) + tuple(r[2:]) for r in rows[:5]])
    a, b = float(rows[0][1]), float(rows[1][1])
    assert (a > b * margin) if ratio else (abs(a - b) > margin), rows[:3]
    return dict(top_entity=rows[0][0])


def either(main, other):
    """main reading's value, tolerance widened to cover a looser reading of the question."""
    tol = max(main["tolerance"], round(abs(main["value"] - other["value"]) + 0.005, 4))
    return dict(value=main["value"], tolerance=tol)


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False):
    steps, window = _steps(journey)
    lim = f" AND ts < DATE '{end}' + INTERVAL 1 DAY" if bounded else ""
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t FROM events
                    WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN events e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY {lim.replace('ts', 'e.ts')}
                        GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, open_end=False):
    vals = []
    for bounded in ((False,) if open_end else (False, True)):
        c = funnel(journey, start, end, bounded)
        print("    funnel", bounded, c)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        print("    lost", bounded, lost)
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per-booking step rates ----------

def _sess(tp, start, end, cond="1=1"):
    return f"""SELECT DISTINCT e.session_id FROM events e JOIN customers c USING (customer_id)
               WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""


def book_rate(a_tp, b_tp, start, end, cond="1=1"):
    v = one(f"""SELECT avg((b.session_id IS NOT NULL)::int) FROM ({_sess(a_tp, start, end, cond)}) a
                LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)""")
    return rate(v)


def top_book_rate(a_tp, b_tp, start, end, by, lowest=False, margin=0.05):
    rows = q(f"""WITH a AS (SELECT e.session_id, any_value({by}) g FROM events e JOIN customers c USING (customer_id)
                            WHERE e.touchpoint_id = '{a_tp}' AND {_in('e.ts', start, end)} GROUP BY 1)
                 SELECT g, avg((b.session_id IS NOT NULL)::int) r, count(*) FROM a LEFT JOIN
                 (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)
                 GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    return top(rows, margin, ratio=False)


def step_days(a_tp, b_tp, start, end, by="a", agg="avg"):
    v = one(f"""WITH a AS (SELECT session_id, min(ts) ta FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
                     b AS (SELECT session_id, min(ts) tb FROM events WHERE touchpoint_id = '{b_tp}' GROUP BY 1)
                SELECT {agg}(epoch(tb - ta) / 86400.0) FROM a JOIN b USING (session_id)
                WHERE tb > ta AND {_in('t' + by, start, end)}""")
    return avg(v)


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1", agg="count(*)"):
    return one(f"""SELECT {agg} FROM events e JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}'
                   AND {_in('e.ts', start, end)} AND ({cond})""")


def top_ev(tp, start, end, by, cond="1=1", agg="count(*)", margin=1.2):
    rows = q(f"""SELECT {by}, {agg} n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    return top(rows, margin)


def ev_share(share, tp, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(({share})::int) FROM events e JOIN customers c USING (customer_id)
                        WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_ev_share(share, tp, start, end, by, cond="1=1", margin=0.05):
    rows = q(f"""SELECT {by}, avg(({share})::int) r, count(*) FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1
                 ORDER BY r DESC""")
    return top(rows, margin, ratio=False)


# ---------- domain specifics ----------

def noshow_rate(cond):
    """held parties whose assigned entertainer matches cond: share with a no-show (also / all assignments)."""
    vals = []
    for held_only in (True, False):
        v = one(f"""WITH a AS (SELECT session_id, any_value(entertainer_id) entertainer_id,
                                      any_value(entertainer_type) entertainer_type
                               FROM events WHERE touchpoint_id = 'tp_entertainer_assigned' GROUP BY 1)
                    SELECT avg((session_id IN (SELECT session_id FROM events
                                               WHERE touchpoint_id = 'tp_entertainer_noshow'))::int)
                    FROM a WHERE ({cond}) {"AND session_id IN (SELECT session_id FROM events WHERE "
                                           "touchpoint_id = 'tp_party_start')" if held_only else ""}""")
        vals.append(v)
    print("    no-show readings", vals)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_noshow_type():
    rows = q("""WITH a AS (SELECT session_id, any_value(entertainer_type) g FROM events
                           WHERE touchpoint_id = 'tp_entertainer_assigned' GROUP BY 1)
                SELECT g, avg((session_id IN (SELECT session_id FROM events
                                              WHERE touchpoint_id = 'tp_entertainer_noshow'))::int) r, count(*)
                FROM a WHERE session_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_party_start')
                GROUP BY 1 ORDER BY r DESC""")
    return top(rows, 1.5)


def cancel_rate(pstart, pend):
    v = one(f"""WITH d AS (SELECT session_id, any_value(party_date) pd FROM events
                           WHERE touchpoint_id = 'tp_deposit_paid' GROUP BY 1)
                SELECT avg((session_id IN (SELECT session_id FROM events
                                           WHERE touchpoint_id = 'tp_cancel_request'))::int)
                FROM d WHERE pd BETWEEN DATE '{pstart}' AND DATE '{pend}'""")
    return rate(v)


def photo_days(start, end):
    a = one(f"""SELECT avg(photo_days) FROM events WHERE touchpoint_id = 'tp_photo_delivered'
                AND {_in('ts', start, end)}""")
    b = one(f"""WITH p AS (SELECT session_id, min(ts) tp FROM events WHERE touchpoint_id = 'tp_party_start'
                           GROUP BY 1)
                SELECT avg(epoch(e.ts - p.tp) / 86400.0) FROM events e JOIN p USING (session_id)
                WHERE e.touchpoint_id = 'tp_photo_delivered' AND {_in('e.ts', start, end)}""")
    print("    photo readings", a, b)
    return dict(value=round(a, 3), tolerance=round(max(a * 0.03, abs(a - b) + 0.05), 3))


def exp_rate(variant):
    return rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                                            AND e.touchpoint_id = 'tp_deposit_paid' AND e.ts > x.assigned_at
                                            AND e.ts <= x.assigned_at + INTERVAL 14 DAY))::int)
                        FROM experiments x WHERE x.variant = '{variant}'"""))


# ---------- orders / customers ----------

def paid(start, end, agg="sum(o.amount)", cond="1=1", status="paid"):
    return one(f"""SELECT {agg} FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)}
                   AND ({cond})""")


def top_paid(by, start, end, cond="1=1", agg="sum(o.amount)", margin=1.1):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    return top(rows, margin)


def cust(agg, cond="1=1"):
    return one(f"SELECT {agg} FROM customers c WHERE {cond}")


def top_cust(col, cond="1=1", margin=1.1):
    return top(q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC"), margin)


# ---------- feedback ----------

def _like(words):
    esc = [w.lower().replace("'", "''") for w in words]
    return "(" + " OR ".join(f"lower(f.text) LIKE '%{w}%'" for w in esc) + ")"


def fb_n(cond):
    return one(f"SELECT count(*) FROM feedback f WHERE {cond}")


def fb_topic(cond):
    n = fb_n(cond)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, tol=0.02):
    return dict(value=round(one(f"SELECT avg(rating) FROM feedback f WHERE rating IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_share(num, cond):
    return rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def fb_nps(cond):
    return rate(one(f"""SELECT avg((nps >= 9)::int) - avg((nps <= 6)::int) FROM feedback f
                        WHERE nps IS NOT NULL AND {cond}"""))


def fb_top(col, cond, margin=1.3):
    return top(q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                     GROUP BY 1 ORDER BY n DESC"""), margin)


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2024-06-01", "2026-05-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
BUG = ("2026-03-10", "2026-04-05")
NEG = "f.sentiment_label = 'neg'"
SURVEY = "f.channel = 'survey'"
NOSHOW = _like(["没来", "放鸽子", "爽约", "never showed", "no-show", "didn't turn up"])
LATE = _like(["开场晚", "才开始", "拖到", "started late", "start was delayed", "before it even started"])
CAKE = _like(["蛋糕", "cake"])
PHOTO = _like(["照片", "photo"])
FORFEIT = _like(["定金一分不退", "扣全部定金", "定金不退", "kept the whole deposit", "non-refundable",
                 "kept our deposit"])
HOST = _like(["主持人特别会带气氛", "老师很专业", "魔术表演太精彩", "气球造型", "host was amazing", "fantastic magician",
              "professional entertainer", "balloon artist was brilliant"])
PARTY = "tp_party_start"
MINI_IOS = "e.device = 'ios' AND e.channel = 'mini_program'"


def gold() -> dict:
    return {
        # ---- funnels / conversion
        "kp01": lambda: conv("online_booking", *Y25),
        "kp02": lambda: top_lost("online_booking", *H1_26),
        "kp03": lambda: conv("consult_booking", *Y25),
        "kp04": lambda: book_rate("tp_venue_visit", "tp_deposit_paid", *ALL),
        "kp05": lambda: top_book_rate("tp_package_select", "tp_deposit_paid", *ALL, "c.acquisition_channel",
                                      margin=0.08),
        "kp06": lambda: book_rate("tp_package_select", "tp_deposit_paid", *ALL, "c.acquisition_channel = 'xiaohongshu'"),
        "kp07": lambda: either(book_rate("tp_booking_submit", "tp_deposit_paid", *BUG, MINI_IOS),
                               book_rate("tp_booking_submit", "tp_deposit_paid", *BUG, "e.device = 'ios'")),
        "kp08": lambda: book_rate("tp_booking_submit", "tp_deposit_paid", *BUG,
                                  "e.device = 'android' AND e.channel = 'mini_program'"),
        "kp09": lambda: count(ev_count("tp_deposit_failed", *BUG)),
        "kp10": lambda: top_ev("tp_deposit_failed", *ALL, "e.error_code", margin=1.3),
        "kp11": lambda: exp_rate("consultant"),
        "kp12": lambda: exp_rate("control"),
        "kp13": lambda: count(one("SELECT count(*) FROM experiments WHERE variant = 'consultant'")),
        "kp14": lambda: conv("party_fulfilment", *quarter(2025, 3), open_end=True),
        "kp15": lambda: conv("cancel_refund", *Y25, open_end=True),
        # ---- cancellations / refunds
        "kp16": lambda: cancel_rate("2025-12-01", "2026-01-31"),
        "kp17": lambda: cancel_rate("2025-03-01", "2025-11-30"),
        "kp18": lambda: top_ev("tp_cancel_request", *ALL, "e.cancel_reason"),
        "kp19": lambda: count(ev_count("tp_cancel_request", *ALL, "e.days_before_party < 7")),
        "kp20": lambda: money(ev_count("tp_refund", *Y25, agg="sum(e.refund_amount)")),
        "kp21": lambda: step_days("tp_cancel_request", "tp_refund", *ALL),
        # ---- late starts
        "kp22": lambda: top_ev_share("e.start_delay_min > 15", PARTY, *H2_25, "e.venue", margin=0.15),
        "kp23": lambda: ev_share("e.start_delay_min > 15", PARTY, *H2_25, "e.venue = '望京店'"),
        "kp24": lambda: ev_share("e.start_delay_min > 15", PARTY, *H1_25, "e.venue = '望京店'"),
        "kp25": lambda: avg(ev_count(PARTY, *Y25, "e.venue = '上门派对'", agg="avg(e.start_delay_min)")),
        # ---- no-shows
        "kp26": lambda: top_ev("tp_entertainer_noshow", *ALL, "e.entertainer_id", margin=2),
        "kp27": lambda: noshow_rate("entertainer_id = 'ENT14'"),
        "kp28": lambda: top_noshow_type(),
        "kp29": lambda: count(ev_count("tp_entertainer_noshow", *Y25)),
        "kp30": lambda: count(ev_count(PARTY, *Y25, "e.city = '广州'")),
        # ---- cakes
        "kp31": lambda: top_ev_share("e.cake_minutes_late > 20", "tp_cake_delivered", *ALL, "e.cake_supplier",
                                     margin=0.1),
        "kp32": lambda: ev_share("e.cake_minutes_late > 20", "tp_cake_delivered", *ALL, "e.cake_supplier = '麦香坊'"),
        "kp33": lambda: ev_share("e.cake_minutes_late > 20", "tp_cake_delivered", *ALL,
                                 "e.cake_supplier = '甜心烘焙'"),
        "kp34": lambda: count(ev_count("tp_cake_delivered", *ALL, "e.cake_issue = 'wrong_name'")),
        "kp35": lambda: top_paid("o.cake_size", *ALL, "o.order_type = 'cake'", agg="count(*)", margin=1.15),
        # ---- photos
        "kp36": lambda: photo_days("2026-02-01", "2026-05-31"),
        "kp37": lambda: photo_days(*Y25),
        "kp38": lambda: money(paid(*Y25, cond="o.order_type = 'photo'")),
        # ---- money
        "kp39": lambda: money(paid(*Y25)),
        "kp40": lambda: money(paid(*Y25, cond="o.city = '上海'")),
        "kp41": lambda: top_paid("o.package", *Y25, "o.order_type IN ('deposit', 'balance')", margin=1.2),
        "kp42": lambda: money(paid(*Y25, agg="sum(o.amount_local)", cond="o.city = '新加坡'")),
        "kp43": lambda: book_rate("tp_deposit_paid", "tp_cake_order", *Y25),
        "kp44": lambda: money(paid(*ALL, agg="sum(o.discount_amount)", cond="o.coupon_code = 'LIUYI61'")),
        "kp45": lambda: count(paid(*Y25, agg="count(*)", status="refunded")),
        "kp46": lambda: top_ev("tp_package_select", *ALL, "e.theme", margin=1.2),
        # ---- periods
        "kp47": lambda: count(ev_count(PARTY, *month(2025, 6))),
        "kp48": lambda: count(ev_count(PARTY, "2024-10-01", "2024-10-07")),
        "kp49": lambda: count(ev_count(PARTY, "2025-07-07", "2025-07-13")),
        "kp50": lambda: count(ev_count("tp_deposit_paid", *month(2026, 3))),
        "kp51": lambda: count(ev_count(PARTY, *quarter(2025, 3))),
        "kp52": lambda: count(paid(*H2_25, agg="count(*)", cond="o.order_type = 'cake'")),
        # ---- customers
        "kp53": lambda: count(cust("count(*)", "c.segment = 'at_risk'")),
        "kp54": lambda: top_cust("c.acquisition_channel"),
        "kp55": lambda: rate(cust("avg((c.acquisition_channel = 'google_ads')::int)", "c.city = '新加坡'")),
        "kp56": lambda: count(cust("count(*)", "c.tier = 'gold'")),
        "kp57": lambda: avg(ev_count(PARTY, *Y25, "e.venue = '淡滨尼店'", agg="avg(e.guest_kids)")),
        # ---- feedback
        "kp58": lambda: fb_topic(NOSHOW),
        "kp59": lambda: fb_topic(CAKE),
        "kp60": lambda: fb_top("f.venue", f"{LATE} AND {_in('f.ts', *H2_25)}", margin=1.5),
        "kp61": lambda: fb_topic(f"{PHOTO} AND {NEG} AND {_in('f.ts', '2026-01-01', '2026-05-31')}"),
        "kp62": lambda: fb_avg(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "kp63": lambda: fb_avg(f"{SURVEY} AND f.venue = '望京店' AND {_in('f.ts', *H2_25)}", tol=0.03),
        "kp64": lambda: fb_nps(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "kp65": lambda: fb_share(NEG, _in("f.ts", "2026-01-01", "2026-05-31")),
        "kp66": lambda: count(fb_n("f.ts IS NULL")),
        "kp67": lambda: fb_ids(HOST),
        "kp68": lambda: fb_ids(FORFEIT),
        "kp69": lambda: fb_avg("f.channel = 'social'"),
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
        print(it["id"], it["question"][:80], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
