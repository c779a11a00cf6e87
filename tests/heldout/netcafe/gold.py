"""Gold answers for the netcafe (极光电竞馆 AuroraNet esports halls and internet cafés) held-out batch, from plain
DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events.csv holds 37 exact duplicate rows (the POS re-uploaded check-ins of 2025-12-06 with the same event_id);
  they are loaded once (DATA.md), so every count here is over distinct rows.
- A customer is one mini-program account (customer_id M......). "Members" = accounts that passed the real-name ID
  check (customers.id_verified = 'yes'); accounts of minors that were turned away are segment `blocked`, accounts of
  Meituan voucher buyers who never came are segment `prospect`. "Users / customers / players" in a funnel or a count
  of people = distinct customer_id. segment and tier are the state at the end of the data (2026-06-30). New members
  in a period = signup_at in the period (id_verified = 'yes').
- A visit / session (上机, 上机人次) = one tp_checkin event; its length = duration_h on the matching tp_checkout.
  Minors turned away = tp_id_check events with action 'fail' and fail_reason 'underage' (own ID card shows under
  18) or 'face_mismatch' (someone else's ID card); "refusals" count attempts (events), "minors" count accounts.
  Fault reports = tp_fault_report events (fault_type, resolution); seat changes = tp_seat_change events; snack
  delivery time = delivery_min on tp_snack_delivered (minutes from the order to the seat).
- Funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period. Every rate is read
  twice, with later steps allowed after the period end and with every step inside the period; the value is the
  first reading and the tolerance covers both (at least 0.01). A funnel for an acquisition channel or an A/B
  variant filters the customers. "Where do we lose the most" = the step with the most customers that reached it
  and not the next one (the step they drop out after).
- A/B test = experiments `night_price_test` (flat = one night-package price every night, control; tiered = 10 CNY
  cheaper Sunday-Thursday nights and 10 CNY dearer Friday and Saturday nights), test window 2025-11-01 ..
  2025-12-31, customers assigned at their first view of the night-package page in the window. Per variant: the
  night_package funnel (page view -> purchase within 2 days) over the test window for its customers; night-package
  money = paid night_package orders of its customers in the window.
- Money = orders with status `paid`, amount in CNY, dated by orders.ts, by order_type: `topup` (cash put into the
  wallet; the bonus is bonus_cny and is not money received), `session` (hourly and 3-hour seat fees, and the
  extra hours of voucher visits), `night_package`, `snacks` (food and drinks ordered from the seat), `voucher`
  (Meituan group-buy vouchers) and `tournament_entry`. Seat fees paid from the wallet are still paid orders.
  Refunded / cancelled orders are not money. Refund questions count orders with status `refunded`.
- Stored value (储值余额) = customers.wallet_balance_cny (top-ups + bonus - wallet spending) at the end of the data.
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table).
  Complaint / praise topic counts use text markers with a 5 % tolerance, checked to equal the truth topic. A period
  filter keeps dated rows only. Ratings 1-5 stars (Dianping / Meituan / mini-program / survey); NPS = (share 9-10 -
  share 0-6) x 100 over rows with an nps value (quarterly member survey).
- Store answers: a zh question's top_entity is the store's Chinese name (`store`), an en question's the English
  name (`store_en`); cities likewise (`city` / `region` in Chinese, `city_en` in English).
- Periods are inclusive calendar dates; relative periods resolve against `as_of`, else 2026-06-30, the last day of
  the data.
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
    for t in ("touchpoints", "journeys", "experiments"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP', 'first_visit_at': 'TIMESTAMP',
                    'last_visit_at': 'TIMESTAMP', 'wallet_balance_cny': 'DOUBLE', 'lifetime_topup_cny': 'DOUBLE'}})""")
    n_raw = CON.execute(f"SELECT count(*) FROM read_csv_auto('{data / 'events.csv'}', header=true)").fetchone()[0]
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                   try_cast(duration_h AS DOUBLE) AS duration_h, try_cast(fee_cny AS DOUBLE) AS fee_cny,
                   try_cast(response_min AS DOUBLE) AS response_min,
                   try_cast(delivery_min AS DOUBLE) AS delivery_min, try_cast(amount_cny AS DOUBLE) AS amount_cny,
                   try_cast(bonus_cny AS DOUBLE) AS bonus_cny, try_cast(price_shown AS DOUBLE) AS price_shown,
                   try_cast(entry_fee AS DOUBLE) AS entry_fee, try_cast(placement AS INTEGER) AS placement,
                   try_cast(booking_lead_h AS DOUBLE) AS booking_lead_h) FROM events""")
    print("events: raw rows", n_raw, "distinct", one("SELECT count(*) FROM events"))
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'bonus_cny': 'DOUBLE',
                    'refunded_at': 'TIMESTAMP', 'session_id': 'VARCHAR', 'night_price_plan': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'touchpoint_id': 'VARCHAR', 'session_id': 'VARCHAR', 'zone': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM customers") == 0
    assert one("SELECT count(*) - count(DISTINCT feedback_id) FROM feedback") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT count(*) FROM events WHERE customer_id NOT IN (SELECT customer_id FROM customers)") == 0
    assert one("SELECT max(ts) FROM events") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT min(ts) FROM events") >= one("SELECT TIMESTAMP '2024-10-01'")
    assert one("SELECT max(ts) FROM feedback") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT max(ts) FROM orders") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")


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
    """value = the first reading; the tolerance covers every other reading."""
    a = float(vals[0])
    dev = max(abs(float(v) - a) for v in vals)
    return dict(value=round(a, digits), tolerance=round(max(floor, dev + 0.005 if dev > 0 else floor), digits))


def top_group(sql, gap=1.1, lowest=False):
    rows = [r for r in q(sql) if r[1] is not None]
    rows = sorted(rows, key=lambda r: r[1], reverse=not lowest)
    if lowest:
        assert rows[1][1] > rows[0][1] * gap, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


# ---------- funnels (DATA.md rule) ----------

def _journey(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel_steps(steps, window, start, end, cust_cond="1=1", step1_cond="1=1", bounded=False) -> list[int]:
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id, e.store_id FROM events e JOIN customers c "
          f"USING (customer_id) WHERE ({cust_cond}) AND e.touchpoint_id IN ({', '.join(repr(s) for s in steps)})")
    if bounded:
        ev += f" AND e.ts < TIMESTAMP '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev e WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} AND ({step1_cond})
                    GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def readings(journey, start, end, upto=None, **kw) -> list[float]:
    steps, window = _journey(journey)
    out = []
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        last = c[-1] if upto is None else c[upto - 1]
        out.append(last / c[0])
    return out


def conv(journey, start, end, **kw):
    return span(readings(journey, start, end, **kw))


def top_lost(journey, start, end, **kw):
    steps, window = _journey(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        srt = sorted(lost, reverse=True)
        assert srt[0] > srt[1] * 1.1, lost
        tops.add(steps[lost.index(srt[0])])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def lost_count(journey, start, end, step, **kw):
    """customers who reached `step` (1-based) and not the next one."""
    steps, window = _journey(journey)
    vals = []
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        vals.append(c[step - 1] - c[step])
    return span(vals, floor=0.5, digits=0)


AB_WIN = ("2025-11-01", "2025-12-31")
VARIANTS = ("flat", "tiered")


def variant_cond(v):
    return (f"c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'night_price_test' "
            f"AND variant = '{v}')")


def exp_rates(journey):
    return {v: readings(journey, *AB_WIN, cust_cond=variant_cond(v)) for v in VARIANTS}


def experiment_top(journey):
    r = exp_rates(journey)
    for i in range(2):
        assert abs(r[VARIANTS[0]][i] - r[VARIANTS[1]][i]) > 0.06, r
    best = max(r, key=lambda v: r[v][0])
    assert all(r[best][i] > r[o][i] for o in r if o != best for i in range(2)), r
    return dict(top_entity=best)


def experiment_value(journey, variant):
    return span(exp_rates(journey)[variant])


# ---------- events ----------

def ev_count(tps, start, end, cond="1=1", distinct=None):
    tps = tps if tps.startswith("(") else f"('{tps}')"
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e LEFT JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id IN {tps} AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.05):
    return num(one(f"""SELECT avg({col}) FROM events e LEFT JOIN customers c USING (customer_id)
                       WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""),
               rel=rel, floor=floor)


def ev_share(tp, num_, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(({num_})::int) FROM events e LEFT JOIN customers c USING (customer_id)
                        WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_ev_value(tp, col, start, end, cond="1=1", gap=1.15, agg="count(*)", lowest=False, having="1=1"):
    tp = tp if tp.startswith("(") else f"('{tp}')"
    return top_group(f"""SELECT {col}, {agg} FROM events e LEFT JOIN customers c USING (customer_id)
                         WHERE touchpoint_id IN {tp} AND {col} IS NOT NULL AND {_in('e.ts', start, end)}
                         AND ({cond}) GROUP BY 1 HAVING {having}""", gap=gap, lowest=lowest)


def session_hours(start, end, cond="1=1"):
    return num(one(f"""SELECT avg(e.duration_h) FROM events e WHERE touchpoint_id = 'tp_checkout'
                       AND {_in('e.ts', start, end)} AND ({cond})"""), rel=0.01, floor=0.02)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="o.status = 'paid'"):
    v = one(f"""SELECT {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return count(v)
    return num(v, floor=1.0)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.08, lowest=False):
    return top_group(f"""SELECT {col}, {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                         WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                         GROUP BY 1""", gap=gap, lowest=lowest)


def order_share(num_, start, end, cond="1=1", weight="o.amount", status="o.status = 'paid'"):
    return rate(one(f"""SELECT sum(CASE WHEN {num_} THEN {weight} ELSE 0 END) / sum({weight})
                        FROM orders o LEFT JOIN customers c USING (customer_id)
                        WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})"""))


# ---------- customers ----------

MEMBER = "c.id_verified = 'yes'"


def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def cust_sum(col, cond, floor=0.5):
    return num(one(f"SELECT sum({col}) FROM customers c WHERE {cond}"), rel=0.0, floor=floor)


def cust_share(num_, cond):
    return rate(one(f"SELECT avg(({num_})::int) FROM customers c WHERE {cond}"))


def top_cust(col, cond="1=1", gap=1.08, agg="count(*)"):
    return top_group(f"SELECT {col}, {agg} FROM customers c WHERE {cond} GROUP BY 1", gap=gap)


# ---------- feedback ----------

MARK = {
    "lag": "(f.text LIKE '%卡顿%' OR lower(f.text) LIKE '%lag%')",
    "crash": "(f.text LIKE '%死机%' OR lower(f.text) LIKE '%crash%')",
    "smoke": "(f.text LIKE '%烟味%' OR lower(f.text) LIKE '%smoke%')",
    "noise": "(f.text LIKE '%太吵%' OR lower(f.text) LIKE '%noisy%')",
    "minor_refused": "(f.text LIKE '%未成年%' OR lower(f.text) LIKE '%underage%')",
    "slow_food": "(f.text LIKE '%送餐%' OR lower(f.text) LIKE '%delivery%')",
    "dirty": "(f.text LIKE '%不干净%' OR lower(f.text) LIKE '%dirty%')",
    "staff_rude": "(f.text LIKE '%态度%' OR lower(f.text) LIKE '%rude%')",
    "price": "(f.text LIKE '%太贵%' OR lower(f.text) LIKE '%overpriced%')",
    "night_price": "(f.text LIKE '%包夜%' OR lower(f.text) LIKE '%overnight%')",
    "voucher_issue": "(f.text LIKE '%团购券%' OR lower(f.text) LIKE '%voucher%')",
    "praise_pc": "(f.text LIKE '%配置%' OR lower(f.text) LIKE '%specs%')",
    "praise_staff": "(f.text LIKE '%网管%' OR lower(f.text) LIKE '%friendly%')",
    "praise_env": "(f.text LIKE '%环境%' OR lower(f.text) LIKE '%comfortable%')",
    "robot": "(f.text LIKE '%机器人%' OR lower(f.text) LIKE '%robot%')",
    "tourney": "(f.text LIKE '%比赛%' OR lower(f.text) LIKE '%tournament%')",
}
NEG = "t.sentiment = 'neg'"


def topic_count(topic, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {MARK[topic]} AND {extra}")
    tr = one(f"""SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE t.topic = '{topic}' AND {extra}""")
    assert n == tr, (topic, n, tr)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def topic_top(topic, col, extra="1=1", gap=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {MARK[topic]} AND {col} IS NOT NULL AND {extra} GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


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


def fb_top(col, agg, cond, gap=1.1, lowest=False, having="count(*) >= 20"):
    return top_group(f"""SELECT {col}, {agg} FROM feedback f JOIN truth t USING (feedback_id)
                         WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING {having}""", gap=gap, lowest=lowest)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


ALL = ("2024-10-01", LAST)
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", LAST)


Q1_26 = quarter(2026, 1)
Q4_25 = quarter(2025, 4)
MA_26 = ("2026-03-01", "2026-04-30")
SUMMER_25 = ("2025-07-01", "2025-08-31")
SPRING = ("2026-01-26", "2026-02-28")
MINOR = "e.action = 'fail' AND e.fail_reason IN ('underage', 'face_mismatch')"


def noshow_top(start, end, gap=1.5):
    """booking no-show = a tp_seat_booking whose session_id never gets a tp_checkin."""
    return top_group(f"""SELECT b.zone, avg((ci.session_id IS NULL)::int) FROM events b
                         LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_checkin') ci
                         USING (session_id) WHERE b.touchpoint_id = 'tp_seat_booking' AND {_in('b.ts', start, end)}
                         GROUP BY 1""", gap=gap)


def top_item(start, end, gap=1.1):
    """items ordered: each '+'-separated item of a paid snacks order counts once."""
    return top_group(f"""SELECT it, count(*) FROM (SELECT unnest(string_split(o.items, '+')) AS it FROM orders o
                         WHERE o.order_type = 'snacks' AND o.status = 'paid' AND {_in('o.ts', start, end)})
                         GROUP BY 1""", gap=gap)


def exp_money(variant, agg="sum(o.amount)"):
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE o.order_type = 'night_package' AND o.status = 'paid' AND {_in('o.ts', *AB_WIN)}
                AND {variant_cond(variant)}""")
    return num(v, rel=0.002, floor=0.05)


def gold() -> dict:
    s08 = "e.store_id = 'S08'"
    return {
        # ---- funnels and the A/B test
        "nc01": lambda: conv("onboarding", *Y25),
        "nc02": lambda: top_lost("onboarding", *Y25),
        "nc03": lambda: conv("onboarding", *Y25, cust_cond="c.acquisition_channel = 'meituan_voucher'"),
        "nc04": lambda: conv("onboarding", *Y25, cust_cond="c.acquisition_channel = 'walk_in'"),
        "nc05": lambda: conv("voucher", *Y25),
        "nc06": lambda: conv("booking", *Y25),
        "nc07": lambda: experiment_top("night_package"),
        "nc08": lambda: experiment_value("night_package", "flat"),
        "nc09": lambda: exp_money("tiered"),
        "nc10": lambda: exp_money("flat", "avg(o.amount)"),
        "nc11": lambda: conv("tournament", *Y25),
        "nc12": lambda: top_lost("tournament", *Y25),
        # ---- minors, faults, food, sessions
        "nc13": lambda: ev_count("tp_id_check", *SUMMER_25, cond=MINOR),
        "nc14": lambda: top_ev_value("tp_id_check", "e.store_en", *Y25, cond=MINOR, gap=1.25),
        "nc15": lambda: ev_count("tp_id_check", *Y25, cond="e.store_id = 'S12' AND e.fail_reason = 'face_mismatch'"),
        "nc16": lambda: ev_count("tp_id_check", *month(2026, 2), cond=MINOR),
        "nc17": lambda: top_ev_value("tp_fault_report", "e.store", *MA_26, gap=2.0),
        "nc18": lambda: top_ev_value("tp_fault_report", "e.fault_type", *MA_26, cond=s08, gap=1.4),
        "nc19": lambda: orders(*MA_26, agg="count(*)", status="o.status = 'refunded'",
                               cond="o.store_id = 'S08' AND o.refund_reason = 'pc_fault' "
                                    "AND o.order_type IN ('session', 'night_package')"),
        "nc20": lambda: ev_count("tp_seat_change", *month(2026, 4), cond=s08),
        "nc21": lambda: ev_share("tp_fault_report", "e.resolution = 'fixed_on_spot'", *Y25),
        "nc22": lambda: ev_avg("tp_fault_report", "e.response_min", *Y25, floor=0.05),
        "nc23": lambda: ev_avg("tp_snack_delivered", "e.delivery_min", *month(2025, 10), cond="e.store_id = 'S13'",
                               floor=0.1),
        "nc24": lambda: ev_avg("tp_snack_delivered", "e.delivery_min", *month(2026, 3), cond="e.store_id = 'S13'",
                               floor=0.1),
        "nc25": lambda: ev_avg("tp_snack_delivered", "e.delivery_min", "2025-12-01", LAST,
                               cond="e.store_id = 'S01'", floor=0.05),
        "nc26": lambda: top_item(*Y25),
        "nc27": lambda: orders(*Y25, cond="o.order_type = 'snacks'"),
        "nc28": lambda: order_share("o.status = 'cancelled'", *Y25, cond="o.order_type = 'snacks'", weight="1",
                                    status="o.status IN ('paid', 'cancelled', 'refunded')"),
        "nc29": lambda: ev_count("tp_checkin", *month(2026, 5), cond="e.city = '成都'"),
        "nc30": lambda: session_hours(*Y25, cond="e.format = 'netcafe'"),
        "nc31": lambda: session_hours(*Y25, cond="e.format = 'esports'"),
        "nc32": lambda: noshow_top(*Y25),
        "nc33": lambda: ev_share("tp_checkin", "e.package = 'night'", *Y25, cond="e.format = 'netcafe'"),
        "nc34": lambda: ev_count("tp_checkin", *SUMMER_25, cond="e.store_id = 'S05'"),
        # ---- money
        "nc35": lambda: orders(*SPRING, cond="o.order_type = 'topup'"),
        "nc36": lambda: orders(*SPRING, agg="sum(o.bonus_cny)", cond="o.order_type = 'topup'"),
        "nc37": lambda: top_orders("o.city", *Y25, cond="o.order_type = 'topup'", gap=1.3),
        "nc38": lambda: orders(*Q1_26, cond="o.order_type = 'session'"),
        "nc39": lambda: orders(*Y25, agg="count(*)", cond="o.order_type = 'night_package'"),
        "nc40": lambda: orders(*Y25, cond="o.order_type = 'tournament_entry'"),
        "nc41": lambda: orders(*Y25, agg="count(*)", cond="o.order_type = 'voucher'"),
        "nc42": lambda: num(one("SELECT sum(wallet_balance_cny) FROM customers"), rel=0.001, floor=1.0),
        "nc43": lambda: top_cust("c.region", "1=1", agg="sum(c.wallet_balance_cny)", gap=1.3),
        "nc44": lambda: top_orders("o.store_en", *H1_26, cond="o.order_type = 'snacks'", gap=1.15),
        "nc45": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.order_type = 'topup'"),
        # ---- members
        "nc46": lambda: cust_count(MEMBER),
        "nc47": lambda: cust_count(f"{MEMBER} AND {_in('c.signup_at', *Q4_25)}"),
        "nc48": lambda: top_cust("c.acquisition_channel", f"{MEMBER} AND {_in('c.signup_at', *Y25)}", gap=1.1),
        "nc49": lambda: cust_count("c.tier = 'black'"),
        "nc50": lambda: cust_count("c.segment = 'at_risk'"),
        "nc51": lambda: cust_share("c.is_student", MEMBER),
        # ---- feedback
        "nc52": lambda: topic_count("smoke"),
        "nc53": lambda: topic_top("smoke", "f.store_en", gap=2.0),
        "nc54": lambda: topic_top("noise", "f.store", gap=2.0),
        "nc55": lambda: topic_count("noise", "f.store_id = 'S10'"),
        "nc56": lambda: topic_count("lag", _in("f.ts", *MA_26)),
        "nc57": lambda: fb_ratio(NEG, _in("f.ts", *Q1_26)),
        "nc58": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "nc59": lambda: fb_avg("f.rating", f"f.channel = 'dianping' AND {_in('f.ts', *Y25)}"),
        "nc60": lambda: nps(f"f.channel = 'survey' AND f.store_id = 'S08' AND {_in('f.ts', *month(2026, 4))}"),
        "nc61": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "nc62": lambda: fb_count("f.ts IS NULL"),
        "nc63": lambda: topic_count("night_price"),
        "nc64": lambda: fb_ids(f"{NEG} AND f.store_id = 'S08' AND {_in('f.ts', *MA_26)}"),
        "nc65": lambda: topic_count("robot"),
        "nc66": lambda: topic_count("voucher_issue", "f.channel IN ('dianping', 'meituan')"),
        "nc76": lambda: fb_top("f.store_en", "avg(f.rating)", f"f.rating IS NOT NULL AND {_in('f.ts', *MA_26)}",
                               gap=1.15, lowest=True),
        "nc77": lambda: ev_count("tp_tourney_signup", *Y25, distinct="e.customer_id"),
        "nc78": lambda: top_ev_value("tp_tourney_signup", "e.game", *Y25, gap=1.1),
        "nc79": lambda: fb_avg("f.rating", f"f.channel IN ('dianping', 'meituan') AND f.store_id = 'S12' AND "
                                           f"{_in('f.ts', '2025-11-01', '2026-02-28')}"),
        "nc80": lambda: ev_count("tp_tier_upgrade", *SPRING, distinct="e.customer_id"),
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
    zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items: {zh} zh / {len(items) - zh} en;",
          {s: sum(it["expect"]["status"] == s for it in items) for s in ("ok", "unsupported", "clarify")})
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
