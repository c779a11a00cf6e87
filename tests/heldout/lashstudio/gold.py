"""Gold answers for the lashstudio (睫语 LashVerse lash & brow studios) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events.csv holds 36 exact duplicate check-in rows (the store POS synced them twice, same event_id); they are loaded
  once (DATA.md), so every count here is over distinct rows.
- customers / guests / 客人 = distinct customer_id. The customers table holds everyone we have a record of (a DM, a
  store-page consult, a voucher, a mini-program login, a walk-in), also prospects who never came; its columns are the
  state at the end of the data (2026-07-31): tier = the highest prepaid card ever bought (none / silver / gold /
  diamond), lifecycle (prospect, active = a visit since 2026-06-01, lapsed), home_store, acquisition_channel
  (xiaohongshu, meituan, douyin, referral, wechat_search, walk_in), segment (office_worker, student, new_mom, bride,
  freelancer).
- Funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching step
  k-1, within the journey's window_days from their first step-1 event in the period. Every rate is read twice, with
  later steps allowed after the period end (the DATA.md reading) and with every step inside the period; the value is
  the first reading and the tolerance covers both (at least 0.01); when the two readings differ by more than 0.02 the
  value is their middle and the tolerance reaches both. A funnel by a customer attribute filters the customers.
  The action of an event does not matter for a funnel (a failed booking submission is still a booking step event).
- Bookings = tp_booking_submit rows with action success (first visits; refills are booked at tp_refill_booking),
  dated by when they were submitted. No-show rate = bookings with a tp_no_show row of the same booking_id / bookings.
  Booking failure rate = share of tp_booking_submit rows with action fail.
- Services = tp_lash_service (full lash sets), tp_refill_visit (refills), tp_lift_brow_service (lash lift and brows).
  price = the service's list price for that artist level and city (what it is worth, however it was paid);
  wait_min = minutes from check-in to the start; retention_pct = share of lashes left at a refill (recorded by the
  artist); days_since_last = days since the previous visit. A service's artist is `artist` (A01..A35, artist_name).
- Allergy rate = tp_allergy_report rows / lash services (full sets + refills), matched by related_service, grouped by
  the service's glue.
- Money = orders with status `paid`, `amount` in CNY, dated by orders.ts. Orders are cash received: group-buy vouchers,
  deposits, services / refills paid at the counter, card top-ups (a service paid from the prepaid card writes no
  order). "Refunded" = orders with status refunded.
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table).
  Complaint-topic counts use text markers with a 5 % tolerance, checked to equal the truth topic. A period filter keeps
  dated rows only. NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value.
- Periods are inclusive calendar dates; relative periods resolve against `as_of`, else 2026-07-31, the last day of the
  data.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
LAST = "2026-07-31"
LASH = "('tp_lash_service', 'tp_refill_visit')"
SERVICES = "('tp_lash_service', 'tp_refill_visit', 'tp_lift_brow_service')"


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE experiments AS SELECT * FROM read_csv_auto('{data / 'experiments.csv'}',
                    header=true, types={{'assigned_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP', 'first_visit_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (ts::TIMESTAMP AS ts,
                   try_cast(slot_start AS TIMESTAMP) AS slot_start,
                   try_cast(lead_days AS DOUBLE) AS lead_days,
                   try_cast(price AS DOUBLE) AS price,
                   try_cast(wait_min AS DOUBLE) AS wait_min,
                   try_cast(duration_min AS DOUBLE) AS duration_min,
                   try_cast(visit_no AS INTEGER) AS visit_no,
                   try_cast(retention_pct AS DOUBLE) AS retention_pct,
                   try_cast(days_since_last AS DOUBLE) AS days_since_last,
                   try_cast(amount AS DOUBLE) AS amount,
                   try_cast(bonus_amount AS DOUBLE) AS bonus_amount,
                   try_cast(hours_before AS DOUBLE) AS hours_before,
                   try_cast(refund_amount AS DOUBLE) AS refund_amount) FROM events""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE orders AS SELECT * REPLACE (ts::TIMESTAMP AS ts, amount::DOUBLE AS amount,
                   try_cast(bonus_amount AS DOUBLE) AS bonus_amount) FROM orders""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, all_varchar=true)""")
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
    assert one("SELECT max(ts) FROM events") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT min(ts) FROM events") >= one("SELECT TIMESTAMP '2024-10-01'")


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
    0.02, value = the middle of the range (so the tolerance stays tight while every reading passes)."""
    lo, hi = min(map(float, vals)), max(map(float, vals))
    a = float(vals[0]) if hi - lo <= 0.02 else (lo + hi) / 2
    dev = max(abs(float(v) - a) for v in vals)
    return dict(value=round(a, digits), tolerance=round(max(floor, dev + 0.005 if dev > 0 else floor), digits))


def top_group(sql, gap=1.1, lowest=False):
    rows = sorted(q(sql), key=lambda r: r[1], reverse=not lowest)
    if lowest:
        assert rows[1][1] > rows[0][1] * gap, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


# ---------- funnels (DATA.md rule) ----------

def _journey(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel_steps(steps, window, start, end, cust_cond="1=1", bounded=False) -> list[int]:
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) "
          f"WHERE ({cust_cond}) AND e.touchpoint_id IN ({', '.join(repr(s) for s in steps)})")
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


def top_conv(journey, start, end, column, lowest=False, min_n=40, gap=0.04, cust_cond="1=1"):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    steps, window = _journey(journey)
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            c = funnel_steps(steps, window, start, end, cust_cond=f"{column} = '{v}' AND ({cust_cond})",
                             bounded=bounded)
            if c[0] >= min_n:
                rates[v] = c[-1] / c[0]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=str(tops.pop()))


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


EXP_WIN = ("2025-10-01", "2026-01-31")


def exp_rates(cust_cond="1=1"):
    out = {}
    for v in ("control", "day18_push"):
        cond = f"""c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'refill_reminder_2025'
                   AND variant = '{v}') AND ({cust_cond})"""
        out[v] = readings("first_refill", *EXP_WIN, cust_cond=cond)
    return out


def experiment_top(cust_cond="1=1"):
    r = exp_rates(cust_cond)
    for i in range(2):
        assert abs(r["control"][i] - r["day18_push"][i]) > 0.04, r
    best = max(r, key=lambda v: r[v][0])
    assert all(r[best][i] > r[o][i] for o in r if o != best for i in range(2)), r
    return dict(top_entity=best)


def experiment_value(variant, cust_cond="1=1"):
    return span(exp_rates(cust_cond)[variant])


# ---------- events ----------

def ev_count(tps, start, end, cond="1=1", distinct=None):
    tps = tps if tps.startswith("(") else f"('{tps}')"
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e WHERE e.touchpoint_id IN {tps} AND {_in('e.ts', start, end)}
                         AND ({cond})"""))


def ev_avg(tps, col, start, end, cond="1=1", rel=0.01, floor=0.05):
    tps = tps if tps.startswith("(") else f"('{tps}')"
    return num(one(f"""SELECT avg({col}) FROM events e WHERE touchpoint_id IN {tps} AND {_in('e.ts', start, end)}
                       AND ({cond})"""), rel=rel, floor=floor)


def ev_share(tps, num_, start, end, cond="1=1"):
    tps = tps if tps.startswith("(") else f"('{tps}')"
    return rate(one(f"""SELECT avg(({num_})::int) FROM events e WHERE touchpoint_id IN {tps}
                        AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_ev_value(tps, col, start, end, cond="1=1", gap=1.15, agg="count(*)", lowest=False, having="1=1"):
    tps = tps if tps.startswith("(") else f"('{tps}')"
    return top_group(f"""SELECT {col}, {agg} FROM events e WHERE touchpoint_id IN {tps} AND {col} IS NOT NULL
                         AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING {having}""",
                     gap=gap, lowest=lowest)


NO_SHOW = """EXISTS (SELECT 1 FROM events n WHERE n.touchpoint_id = 'tp_no_show' AND n.booking_id = e.booking_id)"""
ALLERGY = """EXISTS (SELECT 1 FROM events a WHERE a.touchpoint_id = 'tp_allergy_report'
                     AND a.related_service = e.event_id)"""


def no_show_rate(start, end, cond="1=1"):
    return ev_share("tp_booking_submit", NO_SHOW, start, end, f"e.action = 'success' AND ({cond})")


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="paid"):
    v = one(f"SELECT {agg} FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return count(v)
    return num(v, floor=0.01 if abs(float(v)) < 100 else 1.0)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.08):
    return top_group(f"""SELECT {col}, {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                         AND ({cond}) AND {col} IS NOT NULL GROUP BY 1""", gap=gap)


def order_share(num_, start, end, cond="1=1"):
    v = one(f"""SELECT sum(CASE WHEN {num_} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return rate(v)


def order_count_share(num_, cond):
    return rate(one(f"SELECT avg(({num_})::int) FROM orders o WHERE {cond}"))


# ---------- customers ----------

def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


# ---------- feedback ----------

MARK = {
    "allergy": "(f.text LIKE '%过敏%' OR lower(f.text) LIKE '%allerg%')",
    "retention": "(f.text LIKE '%掉得快%' OR lower(f.text) LIKE '%falling out%')",
    "wait": "(f.text LIKE '%等太久%' OR regexp_matches(lower(f.text), '\\bwaited\\b'))",
    "booking_bug": "(f.text LIKE '%预约不了%' OR regexp_matches(lower(f.text), '(can''t|couldn''t) book'))",
    "card_refund": "(f.text LIKE '%退卡%' OR lower(f.text) LIKE '%card balance%')",
    "pushy": "(f.text LIKE '%推销%' OR lower(f.text) LIKE '%pushy%')",
    "price": "(f.text LIKE '%太贵%' OR lower(f.text) LIKE '%overpriced%')",
    "deposit": "(f.text LIKE '%定金%' OR lower(f.text) LIKE '%deposit%')",
    "praise_natural": "(f.text LIKE '%很自然%' OR lower(f.text) LIKE '%so natural%')",
    "praise_gentle": "(f.text LIKE '%手法轻%' OR lower(f.text) LIKE '%gentle%')",
}
NEG = "t.sentiment = 'negative'"


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

ALL = ("2024-10-01", LAST)
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
YTD26 = ("2026-01-01", LAST)


def first_lash_style(start, end, cust_cond, gap=1.3):
    """the style of each guest's first full lash set, the set dated in the period"""
    return top_group(f"""SELECT style, count(*) FROM (SELECT e.*, row_number() OVER (PARTITION BY e.customer_id
                         ORDER BY e.ts) AS rn FROM events e WHERE e.touchpoint_id = 'tp_lash_service') e
                         JOIN customers c USING (customer_id) WHERE rn = 1 AND {_in('e.ts', start, end)}
                         AND ({cust_cond}) GROUP BY 1""", gap=gap)


def fail_rate(start, end, device):
    """booking submissions that failed, new-guest and refill bookings together"""
    return rate(one(f"""SELECT avg((e.action = 'fail')::int) FROM events e
                        WHERE e.touchpoint_id IN ('tp_booking_submit', 'tp_refill_booking')
                        AND {_in('e.ts', start, end)} AND e.device = '{device}'"""))


BRIDE = "e.customer_id IN (SELECT customer_id FROM customers WHERE segment = 'bride')"
STUDENT = "e.customer_id IN (SELECT customer_id FROM customers WHERE segment = 'student')"


def gold() -> dict:
    return {
        # ---- acquisition funnels
        "ls01": lambda: conv("xhs_to_visit", *Y25),
        "ls02": lambda: top_lost("xhs_to_visit", *Y25),
        "ls03": lambda: conv("voucher_redeem", *Y25),
        "ls04": lambda: conv("voucher_redeem", *Y25, cust_cond="c.acquisition_channel = 'douyin'"),
        "ls05": lambda: top_conv("first_refill", *ALL, "c.acquisition_channel"),
        "ls06": lambda: conv("first_refill", *ALL, cust_cond="c.acquisition_channel = 'meituan'"),
        "ls07": lambda: conv("first_refill", *ALL, cust_cond="c.acquisition_channel = 'xiaohongshu'"),
        # ---- the refill reminder A/B test
        "ls08": lambda: experiment_top(),
        "ls09": lambda: experiment_value("control"),
        "ls10": lambda: experiment_value("day18_push", cust_cond="c.acquisition_channel = 'meituan'"),
        # ---- bookings, deposits, no-shows, the iOS bug
        "ls11": lambda: no_show_rate("2025-01-01", "2025-05-31"),
        "ls12": lambda: no_show_rate(*H2_25),
        "ls14": lambda: orders(*H2_25, agg="count(*)",
                               cond="o.order_type = 'deposit' AND o.deposit_outcome = 'forfeited'"),
        "ls15": lambda: orders(*quarter(2025, 4), cond="o.order_type = 'deposit'"),
        "ls16": lambda: conv("deposit_to_visit", *H1_26),
        "ls17": lambda: ev_count("tp_booking_cancel", *month(2026, 3)),
        "ls18": lambda: top_ev_value("tp_booking_cancel", "e.cancel_reason", *ALL, cond="e.cancel_by = 'customer'",
                                     gap=2.0),
        "ls19": lambda: fail_rate(*month(2026, 3), "ios"),
        "ls20": lambda: fail_rate(*month(2026, 3), "android"),
        "ls21": lambda: top_ev_value("('tp_booking_submit', 'tp_refill_booking')", "e.error_code", *month(2026, 3),
                                     gap=3.0),
        "ls22": lambda: topic_count("booking_bug"),
        "ls23": lambda: ev_count("tp_no_show", *month(2026, 6)),
        # ---- services, styles, artists, studios
        "ls24": lambda: first_lash_style(*H2_25, "c.acquisition_channel = 'xiaohongshu'"),
        "ls25": lambda: top_ev_value("tp_lash_service", "e.style", *ALL, gap=2.0),
        "ls26": lambda: top_ev_value("tp_refill_visit", "e.artist", *ALL, agg="avg(e.retention_pct)", lowest=True,
                                     gap=1.2, having="count(*) >= 50"),
        "ls27": lambda: ev_avg("tp_refill_visit", "e.retention_pct", *ALL, "e.artist = 'A31'"),
        "ls28": lambda: ev_avg("tp_lash_service", "e.duration_min", *ALL, "e.artist = 'A31'"),
        "ls29": lambda: ev_avg("tp_refill_visit", "e.days_since_last", *ALL, "e.artist = 'A31'"),
        "ls30": lambda: top_ev_value(SERVICES, "e.store_id", *YTD26, agg="avg(e.wait_min)", gap=2.0),
        "ls31": lambda: ev_avg(SERVICES, "e.wait_min", *YTD26, "e.store_id = 'S08'"),
        "ls32": lambda: ev_avg(SERVICES, "e.wait_min", *Y25, "e.store_id = 'S08'"),
        "ls34": lambda: ev_count("tp_refill_visit", *Y25),
        "ls35": lambda: ev_count("tp_lash_service", *quarter(2025, 3), "e.region = 'hangzhou'"),
        "ls36": lambda: ev_avg("tp_lash_service", "e.price", *ALL, BRIDE),
        "ls37": lambda: ev_avg("tp_lash_service", "e.price", *ALL, STUDENT),
        "ls38": lambda: ev_avg("tp_lash_service", "e.price", *ALL, "e.artist_level = 'master'"),
        # ---- allergies and refunds
        "ls39": lambda: top_ev_value(LASH, "e.glue", *ALL, agg=f"avg(({ALLERGY})::int)", gap=3.0),
        "ls40": lambda: ev_share(LASH, ALLERGY, *ALL, "e.glue = 'QuickBond X2'"),
        "ls41": lambda: top_ev_value("tp_allergy_report", "e.region", "2025-09-01", "2025-12-31", gap=1.5),
        "ls42": lambda: ev_count("tp_allergy_report", *quarter(2025, 4)),
        "ls43": lambda: conv("allergy_refund", *ALL),
        "ls44": lambda: top_ev_value("tp_allergy_report", "e.symptom", *ALL, gap=1.2),
        "ls45": lambda: topic_count("allergy"),
        # ---- prepaid cards
        "ls46": lambda: top_conv("card_after_visit", *ALL, "c.home_store", gap=0.08),
        "ls47": lambda: conv("card_after_visit", *ALL, cust_cond="c.home_store = 'S04'"),
        "ls48": lambda: orders(*month(2025, 11), cond="o.order_type = 'card_topup'"),
        "ls49": lambda: orders(*month(2025, 10), cond="o.order_type = 'card_topup'"),
        "ls50": lambda: cust_count("c.tier = 'diamond'"),
        "ls51": lambda: top_orders("o.card_tier", *Y25, agg="count(*)", cond="o.order_type = 'card_topup'", gap=1.3),
        "ls52": lambda: topic_count("pushy"),
        "ls53": lambda: topic_top("pushy", "f.store_id", gap=3.0),
        "ls54": lambda: topic_count("card_refund"),
        # ---- money
        "ls55": lambda: orders(*Y25),
        "ls56": lambda: orders(*H1_26, cond="o.order_type = 'groupbuy_voucher'"),
        "ls57": lambda: top_orders("o.region", *Y25, gap=1.2),
        "ls58": lambda: order_share("o.order_type = 'card_topup'", *Y25),
        "ls59": lambda: orders(*Y25, status="refunded"),
        "ls60": lambda: orders(*quarter(2026, 2), cond="o.order_type = 'refill'"),
        "ls61": lambda: order_count_share("o.status = 'refunded'", "o.order_type = 'groupbuy_voucher'"),
        # ---- feedback
        "ls62": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 1))),
        "ls63": lambda: fb_avg("f.rating", f"f.channel = 'mp_survey' AND {_in('f.ts', *Y25)}"),
        "ls64": lambda: nps(_in("f.ts", *Y25)),
        "ls65": lambda: fb_top("f.touchpoint_id", "avg(f.rating)", "f.rating IS NOT NULL", lowest=True, gap=0.3,
                               min_n=100),
        "ls66": lambda: fb_ids("t.topic = 'retention'"),
        "ls67": lambda: top_ev_value("tp_complaint", "e.complaint_topic", *H1_26, gap=1.4),
        "ls68": lambda: fb_count("f.ts IS NULL"),
        "ls69": lambda: topic_top("wait", "f.store_id", gap=3.0),
        "ls70": lambda: ev_count("tp_checkin", "2026-07-06", "2026-07-12", distinct="e.customer_id"),
        "ls71": lambda: ev_count("tp_card_topup", "2025-11-01", "2025-11-11"),
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
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    langs = [it["lang"] for it in items]
    stats = {s: sum(1 for it in items if it["expect"]["status"] == s) for s in ("ok", "clarify", "unsupported")}
    print(f"{len(items)} items: zh {langs.count('zh')}, en {langs.count('en')}; {stats}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
