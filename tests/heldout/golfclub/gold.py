"""Gold answers for the golfclub (翠峰高尔夫 JadePeak Golf) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- customers / people / golfers / 客户 / 用户 / 球友 = distinct customer_id. `customer_type` is member (会员; anyone
  who held a membership in the data, `membership_status` active or lapsed at the end), visitor (散客 / 访客) or
  corporate (企业客户, employees of a corporate account, `corporate_account`). `segment` is the state at the end of
  the data (2026-06-30): vip (active gold / platinum member), new (signed up in 2026), at_risk (no activity in 2026),
  returning (the rest). `region`: shenzhen, kunming, singapore.
- Funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; any action counts (a
  ball-dispenser event with action fail still reaches that step). Every rate is read with later steps allowed after
  the period end (the DATA.md reading) and with every step inside the period, and for a step-to-step rate also as
  the sub-funnel that starts at the earlier step; value = the first reading, tolerance covering the others (at least
  0.01); when they spread more than 0.02 the value is their middle and the tolerance reaches all of them.
  A funnel "on the mini program / app" keeps only events of that channel (the on-site steps have channel onsite, so
  such questions only ask about online steps); a funnel "at a venue" keeps that venue's events; a funnel by a
  customer attribute (acquisition channel, customer type, region) filters the customers.
- Drop-off at a step = customers who reached the step but not the next / customers who reached the step.
- Money = orders with status `paid`, `amount` in CNY (group reporting currency; Singapore SGD at a fixed 5.35);
  `amount_local` is in the order's `currency`. Refunded orders are not revenue. Orders are dated by orders.ts.
  order_type: green_fee, range_bay, lesson_trial, lesson_package, fitting_fee, club_purchase, membership_new,
  membership_renewal, tournament_fee, proshop. Average order value = paid revenue / paid orders.
- Rounds = tp_round_done events (one per booking, the booker's id; `players` in the group). Tee bookings =
  tp_tee_confirmed events. Range sessions = tp_ball_dispense events; a jam = action fail (error_code BALL_JAM).
  Weekend = Saturday / Sunday of the tee time.
- Renewal rate = membership_renewal journey (notice -> payment within 45 days), by the period of the notice.
- A/B test = experiments `trial_coupon` (control vs coupon_49), assigned at the first coach-page view between
  2025-09-01 and 2025-11-30; per variant the lesson_conversion funnel browse -> trial booking over that window for
  the customers assigned to it.
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table).
  Complaint-topic counts use text markers with a 5 % tolerance, checked to equal the truth topic. A count without a
  period counts every row (dated or not); a period filter keeps dated rows only. Average rating over rows with a
  rating; NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value.
- Periods are inclusive calendar dates; relative periods resolve against the item's `as_of`, else 2026-06-30, the
  last day of the data. Top entities in zh items are still the stored raw value (venue_id, coach_id, ...).
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
LAST = "2026-06-30"


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE experiments AS SELECT * FROM read_csv_auto('{data / 'experiments.csv'}',
                    header=true, types={{'assigned_at': 'TIMESTAMP'}})""")
    for t in ("customers", "events", "orders", "feedback"):
        CON.execute(f"""CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true,
                        sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE customers AS SELECT * REPLACE (signup_at::TIMESTAMP AS signup_at,
                   try_cast(handicap AS INTEGER) AS handicap,
                   try_cast(lifetime_spend_cny AS DOUBLE) AS lifetime_spend_cny) FROM customers""")
    CON.execute("""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (ts::TIMESTAMP AS ts,
                   try_cast(tee_time AS TIMESTAMP) AS tee_time, try_cast(players AS INTEGER) AS players,
                   try_cast(holes AS INTEGER) AS holes, try_cast(round_minutes AS INTEGER) AS round_minutes,
                   try_cast(bay_minutes AS INTEGER) AS bay_minutes, try_cast(balls AS INTEGER) AS balls,
                   try_cast(coach_late_minutes AS INTEGER) AS coach_late_minutes,
                   try_cast(lesson_no AS INTEGER) AS lesson_no, try_cast(lessons AS INTEGER) AS lessons,
                   try_cast(quote_amount AS DOUBLE) AS quote_amount, try_cast(amount_local AS DOUBLE) AS amount_local,
                   try_cast(lead_days AS INTEGER) AS lead_days, try_cast(gross_score AS INTEGER) AS gross_score,
                   try_cast(swing_speed_mph AS INTEGER) AS swing_speed_mph) FROM events""")
    CON.execute("""CREATE OR REPLACE TABLE orders AS SELECT * REPLACE (ts::TIMESTAMP AS ts, amount::DOUBLE AS amount,
                   amount_local::DOUBLE AS amount_local, try_cast(players AS INTEGER) AS players,
                   try_cast(holes AS INTEGER) AS holes, try_cast(lessons AS INTEGER) AS lessons,
                   try_cast(refunded_at AS TIMESTAMP) AS refunded_at) FROM orders""")
    CON.execute("""CREATE OR REPLACE TABLE feedback AS SELECT * REPLACE (try_cast(ts AS TIMESTAMP) AS ts,
                   try_cast(rating AS DOUBLE) AS rating, try_cast(nps AS DOUBLE) AS nps) FROM feedback""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM customers") == 0
    assert one("SELECT count(*) - count(DISTINCT feedback_id) FROM feedback") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT count(*) FROM events WHERE customer_id NOT IN (SELECT customer_id FROM customers)") == 0
    assert one("SELECT count(*) FROM orders WHERE customer_id NOT IN (SELECT customer_id FROM customers)") == 0
    assert one("SELECT max(ts) FROM events") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT max(ts) FROM orders") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT min(ts) FROM events") >= one("SELECT TIMESTAMP '2025-01-01'")


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= TIMESTAMP '{start}' AND {col} < TIMESTAMP '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}"


def quarter(y, k):
    return f"{y}-{3 * k - 2:02d}-01", f"{y}-{3 * k:02d}-{[31, 30, 30, 31][k - 1]}"


def count(v):
    return dict(value=int(v), tolerance=0.5)


def num(v, rel=0.005, floor=0.5):
    v = float(v)
    return dict(value=round(v, 4), tolerance=round(max(floor, abs(v) * rel), 4))


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def span(vals, floor=0.01, digits=4):
    """value = the first reading and the tolerance covers every other reading; when the readings spread more than
    0.02, value = the middle of the range."""
    lo, hi = min(map(float, vals)), max(map(float, vals))
    a = float(vals[0]) if hi - lo <= 0.02 else (lo + hi) / 2
    dev = max(abs(float(v) - a) for v in vals)
    return dict(value=round(a, digits), tolerance=round(max(floor, dev + 0.005 if dev > 0 else floor), digits))


def top_rows(rows, gap=1.1, lowest=False, absolute=None):
    rows = sorted(rows, key=lambda r: r[1], reverse=not lowest)
    if len(rows) > 1:
        if absolute is not None:
            assert abs(rows[0][1] - rows[1][1]) > absolute, rows[:3]
        elif lowest:
            assert rows[1][1] > rows[0][1] * gap, rows[:3]
        else:
            assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def top_group(sql, **kw):
    return top_rows(q(sql), **kw)


# ---------- funnels (DATA.md rule) ----------

def _journey(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel_steps(steps, window, start, end, cust_cond="1=1", ev_cond="1=1", bounded=False) -> list[int]:
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) "
          f"WHERE ({cust_cond}) AND ({ev_cond}) AND e.touchpoint_id IN ({', '.join(repr(s) for s in steps)})")
    if bounded:
        ev += f" AND e.ts < TIMESTAMP '{end}' + INTERVAL 1 DAY"
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


def readings(journey, start, end, a=1, b=None, **kw) -> list[float]:
    steps, window = _journey(journey)
    b = b or len(steps)
    out = []
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        out.append(c[b - 1] / c[a - 1])
        if a > 1 or b < len(steps):
            c = funnel_steps(steps[a - 1:b], window, start, end, bounded=bounded, **kw)
            out.append(c[-1] / c[0])
    return out


def conv(journey, start, end, a=1, b=None, **kw):
    return span(readings(journey, start, end, a, b, **kw))


def dropoff(journey, start, end, a, **kw):
    """drop-off at step a = 1 - (a -> a+1)."""
    rs = readings(journey, start, end, a, a + 1, **kw)
    return span([1 - x for x in rs])


def reach(journey, start, end, step, **kw):
    """customers reaching a step (DATA.md reading and bounded reading must agree within 1 %)."""
    steps, window = _journey(journey)
    c1 = funnel_steps(steps, window, start, end, **kw)[step - 1]
    c2 = funnel_steps(steps, window, start, end, bounded=True, **kw)[step - 1]
    return dict(value=c1, tolerance=max(0.5, abs(c1 - c2) + 0.5))


def conv_by(journey, start, end, column, values, a=1, b=None, cust_cond="1=1", ev_cond="1=1", bounded=False,
            min_n=1, on_events=False):
    steps, window = _journey(journey)
    bb = b or len(steps)
    rates = {}
    for v in values:
        if on_events:
            cond_c, cond_e = cust_cond, f"{column} = '{v}' AND ({ev_cond})"
        else:
            cond_c, cond_e = f"{column} = '{v}' AND ({cust_cond})", ev_cond
        cnt = funnel_steps(steps, window, start, end, cust_cond=cond_c, ev_cond=cond_e, bounded=bounded)
        if cnt[a - 1] >= min_n:
            rates[v] = cnt[bb - 1] / cnt[a - 1]
    return rates


def top_conv(journey, start, end, column, lowest=False, min_n=40, gap=0.03, a=1, b=None, cust_cond="1=1",
             ev_cond="1=1", values=None, on_events=False):
    if values is None:
        src = "events e" if on_events else "customers c"
        values = [r[0] for r in q(f"SELECT DISTINCT {column} FROM {src} WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = conv_by(journey, start, end, column, values, a, b, cust_cond, ev_cond, bounded, min_n, on_events)
        order = sorted(rates.items(), key=lambda kv: kv[1], reverse=not lowest)
        assert abs(order[0][1] - order[1][1]) > gap, order[:3]
        tops.add(order[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=str(tops.pop()))


def top_lost(journey, start, end, **kw):
    steps, window = _journey(journey)
    res = set()
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        lost = [(steps[i], c[i] - c[i + 1]) for i in range(len(steps) - 1)]
        lost.sort(key=lambda r: -r[1])
        assert lost[0][1] > lost[1][1] * 1.1, lost
        res.add(lost[0][0])
    assert len(res) == 1
    return dict(top_entity=res.pop())


def top_dropoff_rate(journey, start, end, **kw):
    steps, window = _journey(journey)
    res = set()
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        d = [(steps[i], 1 - c[i + 1] / c[i]) for i in range(len(steps) - 1)]
        d.sort(key=lambda r: -r[1])
        assert d[0][1] > d[1][1] + 0.03, d
        res.add(d[0][0])
    assert len(res) == 1
    return dict(top_entity=res.pop())


AB = ("2025-09-01", "2025-11-30")


def experiment_value(variant):
    cond = (f"c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'trial_coupon' "
            f"AND variant = '{variant}')")
    return conv("lesson_conversion", *AB, 1, 2, cust_cond=cond)


def experiment_top():
    a, b = experiment_value("control"), experiment_value("coupon_49")
    assert abs(a["value"] - b["value"]) > a["tolerance"] + b["tolerance"], (a, b)
    return dict(top_entity="control" if a["value"] > b["value"] else "coupon_49")


# ---------- orders, events, customers ----------

def orders_sum(start, end, cond="1=1", agg="sum(o.amount)", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND {cond}")
    if agg.startswith("count"):
        return count(v)
    return num(v, rel=0.005, floor=0.5)


def order_share(part, start, end, cond="1=1", agg="sum(o.amount)", status="o.status = 'paid'"):
    v = one(f"""SELECT {agg} FILTER (WHERE {part}) / {agg} FROM orders o
                WHERE {status} AND {_in('o.ts', start, end)} AND {cond}""")
    return rate(v)


def top_orders(col, start, end, cond="1=1", agg="sum(o.amount)", gap=1.1, lowest=False, join_c=False):
    src = "orders o JOIN customers c USING (customer_id)" if join_c else "orders o"
    return top_group(f"""SELECT {col}, {agg} FROM {src} WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                         AND {cond} AND {col} IS NOT NULL GROUP BY 1""", gap=gap, lowest=lowest)


def ev_count(tp, start, end, cond="1=1", distinct=None):
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                         AND {cond}"""))


def ev_share(tp, num_, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(({num_})::int) FROM events e WHERE e.touchpoint_id = '{tp}'
                        AND {_in('e.ts', start, end)} AND {cond}"""))


def ev_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.1):
    return num(one(f"""SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                       AND {cond}"""), rel=rel, floor=floor)


def top_ev(tp, col, start, end, cond="1=1", agg="count(*)", gap=1.1, lowest=False, min_n=1, absolute=None):
    return top_group(f"""SELECT {col}, {agg} FROM events e WHERE e.touchpoint_id = '{tp}'
                         AND {_in('e.ts', start, end)} AND {cond} AND {col} IS NOT NULL GROUP BY 1
                         HAVING count(*) >= {min_n}""", gap=gap, lowest=lowest, absolute=absolute)


def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


# ---------- feedback ----------

MARK = {
    "pay_fail": "(f.text LIKE '%支付失败%' OR lower(f.text) LIKE '%payment failed%')",
    "dispenser_jam": "(f.text LIKE '%卡球%' OR lower(f.text) LIKE '%jam%')",
    "renewal_price": "(f.text LIKE '%涨价%' OR lower(f.text) LIKE '%price hike%')",
    "slow_play": "(f.text LIKE '%压场%' OR lower(f.text) LIKE '%slow play%')",
    "coach_late": "(f.text LIKE '%迟到%' OR regexp_matches(lower(f.text), '\\blate\\b'))",
    "bay_full": "(f.text LIKE '%约不到%' OR lower(f.text) LIKE '%fully booked%')",
    "fitting_delay": "(f.text LIKE '%交货%' OR lower(f.text) LIKE '%still waiting%')",
    "upsell_pushy": "(f.text LIKE '%推销%' OR lower(f.text) LIKE '%pushy%')",
    "greens_bad": "(f.text LIKE '%果岭%' OR lower(f.text) LIKE '%greens%')",
    "coach_good": "(f.text LIKE '%耐心%' OR lower(f.text) LIKE '%patient%')",
    "course_good": "(f.text LIKE '%风景%' OR lower(f.text) LIKE '%scenery%')",
    "staff_friendly": "(f.text LIKE '%热情%' OR lower(f.text) LIKE '%friendly%')",
    "fitting_good": "(f.text LIKE '%距离%' OR lower(f.text) LIKE '%yards%')",
}
NEG = "t.sentiment = 'neg'"


def check_markers():
    for topic, m in MARK.items():
        n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {m}")
        tr = one(f"SELECT count(*) FROM truth t WHERE t.topic = '{topic}'")
        both = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {m} AND t.topic = '{topic}'")
        assert n == tr == both, (topic, n, tr, both)


def topic_count(topic, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {MARK[topic]} AND {extra}")
    tr = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic = '{topic}' AND {extra}")
    assert n == tr, (topic, n, tr)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def topic_top(topic, col, extra="1=1", gap=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {MARK[topic]} AND {col} IS NOT NULL AND {extra} GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def top_topic_ids(extra="1=1", gap=1.2, sentiment="neg"):
    """feedback ids of the most frequent truth topic of that sentiment (for a citations_from check)."""
    rows = q(f"""SELECT t.topic, count(*) FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE t.sentiment = '{sentiment}' AND {extra} GROUP BY 1 ORDER BY 2 DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return fb_ids(f"t.topic = '{rows[0][0]}' AND {extra}")


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t
                                                    USING (feedback_id) WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return count(one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"))


def fb_ratio(num_, cond, tol=0.01):
    return rate(one(f"SELECT avg(({num_})::int) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"), tol)


def fb_avg(col, cond):
    return num(one(f"SELECT avg({col}) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"),
               rel=0.0, floor=0.02)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def fb_top(col, agg, cond, lowest=False, gap=0.15, min_n=30):
    rows = q(f"""SELECT {col}, {agg} r FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert len(rows) == 1 or abs(rows[0][1] - rows[1][1]) > gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


# ---------- the batch ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26 = quarter(2026, 1)
Q2_26 = quarter(2026, 2)
Q2_25 = quarter(2025, 2)
ALL = ("2025-01-01", LAST)
R18 = "e.holes = 18"
WEEKEND = "dayofweek(e.tee_time) IN (0, 6)"
JAM = "e.action = 'fail'"
CORP = "o.customer_id IN (SELECT customer_id FROM customers WHERE customer_type = 'corporate')"


def coach_conversion_top():
    """per coach: customers with a trial lesson with that coach, share who bought a package within 30 days."""
    rows = q("""SELECT a.coach_id, count(DISTINCT p.customer_id) / count(DISTINCT a.customer_id)
                FROM events a LEFT JOIN events p ON p.customer_id = a.customer_id
                  AND p.touchpoint_id = 'tp_package_buy' AND p.ts > a.ts AND p.ts <= a.ts + INTERVAL 30 DAY
                WHERE a.touchpoint_id = 'tp_trial_attend' GROUP BY 1 HAVING count(DISTINCT a.customer_id) >= 30""")
    return top_rows(rows, gap=1.2)


def coach_late_share(coach):
    return rate(one(f"""SELECT avg((coach_late_minutes > 0)::int) FROM events
                        WHERE touchpoint_id IN ('tp_trial_attend', 'tp_lesson_attend') AND coach_id = '{coach}'"""))


def gold() -> dict:
    sz02 = "e.venue_id = 'SZ02'"
    sg02 = "e.venue_id = 'SG02'"
    return {
        # ---- tee times
        "gc01": lambda: conv("tee_booking", *Y25),
        "gc02": lambda: top_lost("tee_booking", *Y25),
        "gc03": lambda: conv("tee_booking", *month(2026, 4), 3, 4),
        "gc04": lambda: conv("tee_booking", *month(2026, 3), 3, 4),
        "gc05": lambda: conv("tee_booking", *month(2026, 4), 3, 4, ev_cond="e.channel = 'mini_program'"),
        "gc06": lambda: fb_ids("t.topic = 'pay_fail'"),
        "gc07": lambda: ev_count("tp_tee_checkout", *month(2026, 4), "e.error_code = 'PAY_TIMEOUT'"),
        "gc08": lambda: top_ev("tp_tee_checkout", "e.app_version", *ALL, "e.error_code = 'PAY_TIMEOUT'", gap=2.5),
        "gc09": lambda: conv("tee_booking", *Y25, 1, 4, cust_cond="c.customer_type = 'visitor'"),
        "gc10": lambda: conv("tee_booking", *Y25, 1, 4, cust_cond="c.customer_type = 'member'"),
        "gc11": lambda: ev_avg("tp_round_done", "e.round_minutes", *H1_26, f"e.venue_id = 'SZ01' AND {R18} AND {WEEKEND}"),
        "gc12": lambda: ev_avg("tp_round_done", "e.round_minutes", *H1_26,
                               f"e.venue_id = 'SZ01' AND {R18} AND NOT {WEEKEND}"),
        "gc13": lambda: top_ev("tp_round_done", "e.venue_id", *Y25, f"{R18} AND {WEEKEND}", agg="avg(e.round_minutes)",
                               gap=1.05),
        "gc14": lambda: ev_count("tp_round_done", "2026-03-02", "2026-03-08"),
        # ---- range bays
        "gc15": lambda: ev_share("tp_ball_dispense", JAM, *month(2026, 6), sz02),
        "gc16": lambda: ev_share("tp_ball_dispense", JAM, *Y25, sz02),
        "gc17": lambda: top_ev("tp_ball_dispense", "e.venue_id", *H1_26, agg=f"avg(({JAM})::int)", gap=3),
        "gc18": lambda: conv("range_session", *H1_26, 1, 2, ev_cond=sg02),
        "gc19": lambda: conv("range_session", *Y25, 1, 2, ev_cond=sg02),
        "gc20": lambda: ev_count("tp_bay_browse", *Q2_26, f"{sg02} AND e.error_code = 'NO_BAY_AVAILABLE'"),
        "gc21": lambda: conv("range_session", *Y25),
        # ---- lessons
        "gc22": lambda: conv("lesson_conversion", *ALL, 3, 4, cust_cond="c.acquisition_channel = 'douyin'"),
        "gc23": lambda: conv("lesson_conversion", *ALL, 3, 4, cust_cond="c.acquisition_channel <> 'douyin'"),
        "gc24": lambda: top_conv("lesson_conversion", *ALL, "c.acquisition_channel", lowest=True, a=3, b=4, min_n=30,
                                 gap=0.1),
        "gc25": coach_conversion_top,
        "gc26": lambda: topic_top("coach_late", "f.coach_id", gap=2),
        "gc27": lambda: coach_late_share("C03"),
        "gc28": experiment_top,
        "gc29": lambda: experiment_value("coupon_49"),
        "gc30": lambda: orders_sum(*Y25, "o.order_type = 'lesson_package'"),
        "gc31": lambda: conv("tee_booking", *month(2026, 4), 3, 4, ev_cond="e.channel = 'app'"),
        # ---- club fitting
        "gc32": lambda: conv("club_fitting", *Y25),
        "gc33": lambda: top_lost("club_fitting", *ALL),
        "gc34": lambda: top_ev("tp_club_pickup", "e.brand", *H1_26, agg="avg(e.lead_days)", gap=2),
        "gc35": lambda: ev_avg("tp_club_pickup", "e.lead_days", *H1_26, "e.brand = 'Ping'"),
        "gc36": lambda: topic_count("fitting_delay"),
        # ---- memberships
        "gc37": lambda: conv("membership_renewal", "2025-12-01", LAST, ev_cond="e.venue_id = 'SZ01'"),
        "gc38": lambda: conv("membership_renewal", "2025-01-01", "2025-11-30", ev_cond="e.venue_id = 'SZ01'"),
        "gc39": lambda: top_conv("membership_renewal", *H1_26, "e.venue_id", lowest=True, on_events=True, min_n=30,
                                 gap=0.15, values=["SZ01", "KM01", "SG01"]),
        "gc40": lambda: orders_sum(*H1_26, "o.order_type = 'membership_renewal'"),
        "gc41": lambda: topic_count("renewal_price"),
        "gc42": lambda: cust_count("c.membership_status = 'lapsed'"),
        "gc43": lambda: ev_count("tp_member_join", *Y25),
        "gc44": lambda: fb_ids("t.topic = 'renewal_price'"),
        # ---- tournaments
        "gc45": lambda: conv("tournament_entry", "2026-03-01", "2026-04-30", 3, 4, ev_cond="e.tournament_id = 'T06'"),
        "gc46": lambda: ev_count("tp_event_pay", *ALL, "e.tournament_id = 'T03'"),
        "gc47": lambda: orders_sum(*Y25, "o.order_type = 'tournament_fee'"),
        # ---- money
        "gc48": lambda: orders_sum(*Y25),
        "gc49": lambda: orders_sum(*Q1_26, "o.order_type = 'green_fee'"),
        "gc50": lambda: orders_sum(*H1_26, "o.region = 'singapore'", agg="sum(o.amount_local)"),
        "gc51": lambda: top_orders("o.venue_id", *Y25, gap=1.2),
        "gc52": lambda: order_share("o.order_type IN ('membership_new', 'membership_renewal')", *Y25),
        "gc53": lambda: top_orders("o.corporate_account", *Y25, "o.order_type = 'green_fee'", gap=1.15),
        "gc54": lambda: orders_sum(*Y25, "o.order_type = 'green_fee'", agg="avg(o.amount)"),
        "gc55": lambda: orders_sum(*Y25, "o.order_type = 'green_fee' AND o.refund_reason = 'weather'",
                                   status="refunded"),
        "gc56": lambda: orders_sum(*Y25, f"o.order_type = 'green_fee' AND {CORP}"),
        # ---- customers
        "gc57": lambda: cust_count(_in("c.signup_at", *H1_26)),
        "gc58": lambda: cust_count("c.segment = 'at_risk'"),
        "gc59": lambda: top_group("""SELECT acquisition_channel, count(*) FROM customers
                                     WHERE region = 'singapore' AND customer_type = 'visitor' GROUP BY 1""", gap=1.4),
        "gc60": lambda: cust_count("c.customer_type = 'member' AND c.region = 'shenzhen'"),
        # ---- feedback
        "gc61": lambda: top_topic_ids(_in("f.ts", *Q2_26), gap=1.4),
        "gc62": lambda: topic_count("dispenser_jam", _in("f.ts", *Q2_26)),
        "gc63": lambda: topic_count("dispenser_jam", _in("f.ts", *Q2_25)),
        "gc64": lambda: fb_ratio(NEG, _in("f.ts", *month(2026, 5))),
        "gc65": lambda: fb_avg("f.rating", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "gc66": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "gc67": lambda: fb_count("f.ts IS NULL"),
        "gc68": lambda: fb_top("f.touchpoint_id", "avg(f.rating)", "f.rating IS NOT NULL", lowest=True, min_n=30,
                               gap=0.2),
        "gc69": lambda: fb_top("f.venue_id", "avg(f.rating)", "f.channel IN ('dianping', 'google_review')",
                               lowest=True, min_n=20, gap=0.15),
        "gc70": lambda: fb_ids("t.topic = 'slow_play'"),
        "gc71": lambda: topic_count("pay_fail"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    check_markers()
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(checks) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
        assert it["lang"] in ("zh", "en"), it["id"]
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
