"""Gold answers for the villarental (栖岛 IsleNest Villas) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events.csv holds a few exact duplicate rows (Airbnb's deposit webhook delivered twice, same event_id); they are
  loaded once (DATA.md), so every count here is over distinct rows.
- guests / customers / 客人 = distinct customer_id. The customers table holds every guest profile, also prospects who
  only looked or asked (segment `prospect`). `region` is the guest's home market (china, australia, europe,
  southeast_asia, north_america, middle_east); `destination` (bali / phuket / sanya) is where the villa is and lives
  on events, orders and feedback. segment / tier are the state at the end of the data; signup_at = profile created.
- Funnels follow DATA.md: a guest reaches step k when they have an event at step k's touchpoint after reaching step
  k-1, within the journey's window_days from their first step-1 event in the period. Every rate is read twice, with
  later steps allowed after the period end and with every step inside the period; the value is the first reading
  and the tolerance covers both (at least 0.01). A funnel for a booking channel keeps the events of that channel
  (events.channel = the reservation's booking channel) and is also read with only step 1 filtered; a funnel for a
  home market filters the guests.
- A/B test = experiments `deposit_pct_test` (deposit_30 = control, 30 % deposit; deposit_20 = 20 % deposit), guests
  assigned at their first own-site enquiry in 2026-02-01 .. 2026-04-30. Per variant: the enquiry_to_deposit funnel over
  that window for the guests assigned to it (read with all events and with own-site events only).
- Bookings (预订 / 订单) = orders rows, dated by orders.ts = the day the deposit was paid (booking date), every status
  unless the question says paid. Statuses: paid (balance paid), deposit_only (balance not due yet at the end of the
  data), cancelled (deposit forfeited) and refunded. Money = `amount` (USD: accommodation + cleaning fee - discount) of
  paid bookings. Revenue in the guest's own currency = amount_local where currency is that currency. ADR = sum of
  accommodation_usd / sum of nights over paid bookings, by check_in date.
- Stay operations are events: quote response time = avg response_hours of tp_quote_sent by quote date; housekeeping
  score = avg inspection_score (0-100 supervisor spot check) of tp_housekeeping; transfer wait = avg wait_min of
  tp_airport_transfer; damage-claim rate = checkouts whose booking got a tp_damage_claim / checkouts dated in the period
  (also read as claims / checkouts); maintenance = tp_maintenance (issue_type, fix_hours).
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table).
  Complaint-topic counts use text markers with a 5 % tolerance, checked to equal the truth topic. A period filter keeps
  dated rows only. NPS = (share 9-10 - share 0-6) x 100 over survey rows with an nps value. Rating = avg of 1-5 stars.
- Periods are inclusive calendar dates; relative periods resolve against `as_of`, else 2026-05-31, the last day of
  the data.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
LAST = "2026-05-31"


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "experiments"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                   try_cast(bedrooms AS INTEGER) AS bedrooms, try_cast(amount_usd AS DOUBLE) AS amount_usd,
                   try_cast(response_hours AS DOUBLE) AS response_hours, try_cast(wait_min AS DOUBLE) AS wait_min,
                   try_cast(inspection_score AS DOUBLE) AS inspection_score,
                   try_cast(fix_hours AS DOUBLE) AS fix_hours, try_cast(claim_usd AS DOUBLE) AS claim_usd)
                   FROM events""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'check_in': 'DATE',
                    'commission_pct': 'DOUBLE', 'commission_usd': 'DOUBLE', 'amount_local': 'DOUBLE',
                    'accommodation_usd': 'DOUBLE', 'forfeited_usd': 'DOUBLE', 'agent_name': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'destination': 'VARCHAR', 'villa_id': 'VARCHAR', 'order_id': 'VARCHAR',
                    'platform': 'VARCHAR'}})""")
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
    assert one("SELECT min(ts) FROM events") >= one("SELECT TIMESTAMP '2024-04-01'")
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
    rows = q(sql)
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


def funnel_steps(steps, window, start, end, cust_cond="1=1", ev_cond="1=1", first_only=False,
                 bounded=False) -> list[int]:
    """first_only: ev_cond filters step 1 only (else every step)."""
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id, ({ev_cond}) AS ok FROM events e "
          f"JOIN customers c USING (customer_id) "
          f"WHERE ({cust_cond}) AND e.touchpoint_id IN ({', '.join(repr(s) for s in steps)})")
    if not first_only:
        ev += f" AND ({ev_cond})"
    if bounded:
        ev += f" AND e.ts < TIMESTAMP '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev WHERE touchpoint_id = '{steps[0]}' AND ok AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _variants(ev_cond):
    return [dict(ev_cond=ev_cond, first_only=False)] + ([dict(ev_cond=ev_cond, first_only=True)]
                                                        if ev_cond != "1=1" else [])


def readings(journey, start, end, a=1, b=None, cust_cond="1=1", ev_cond="1=1", later=False) -> list[float]:
    """later: the question says later steps may fall after the period end; only that reading is taken."""
    steps, window = _journey(journey)
    b = b or len(steps)
    out = []
    for var in _variants(ev_cond):
        for bounded in ((False,) if later else (False, True)):
            c = funnel_steps(steps, window, start, end, cust_cond=cust_cond, bounded=bounded, **var)
            out.append(c[b - 1] / c[a - 1])
    return out


def conv(journey, start, end, **kw):
    return span(readings(journey, start, end, **kw))


def top_conv(journey, start, end, column, lowest=False, min_n=30, gap=0.04, ev_level=False, cust_cond="1=1",
             later=False):
    """column: a customers column (c.x) or, with ev_level, an events column (e.x) filtered on every step."""
    src = "events e" if ev_level else "customers c"
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM {src} WHERE {column} IS NOT NULL")]
    steps, window = _journey(journey)
    tops = set()
    for bounded in ((False,) if later else (False, True)):
        rates = {}
        for v in vals:
            cond = f"{column} = '{v}'"
            kw = dict(ev_cond=cond) if ev_level else dict(cust_cond=f"{cond} AND ({cust_cond})")
            c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
            if c[0] >= min_n:
                rates[v] = c[-1] / c[0]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=str(tops.pop()))


def top_lost(journey, start, end, later=False, **kw):
    steps, window = _journey(journey)
    tops = set()
    for var in _variants(kw.pop("ev_cond", "1=1")):
        for bounded in ((False,) if later else (False, True)):
            c = funnel_steps(steps, window, start, end, bounded=bounded, **var, **kw)
            lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
            srt = sorted(lost, reverse=True)
            assert srt[0] > srt[1] * 1.1, lost
            tops.add(steps[lost.index(srt[0])])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


EXP_WIN = ("2026-02-01", "2026-04-30")


def exp_rates(journey):
    out = {}
    for v in ("deposit_30", "deposit_20"):
        cond = f"""c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'deposit_pct_test'
                   AND variant = '{v}')"""
        out[v] = readings(journey, *EXP_WIN, cust_cond=cond) + readings(journey, *EXP_WIN, cust_cond=cond,
                                                                          ev_cond="e.channel = 'own_site'")
    return out


def experiment_top(journey, lowest=False):
    r = exp_rates(journey)
    for i in range(len(r["deposit_30"])):
        assert abs(r["deposit_30"][i] - r["deposit_20"][i]) > 0.04, r
    best = max(r, key=lambda v: r[v][0]) if not lowest else min(r, key=lambda v: r[v][0])
    assert all((r[best][i] > r[o][i]) != lowest for o in r if o != best for i in range(len(r[o]))), r
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


def ev_sum(tp, col, start, end, cond="1=1"):
    return num(one(f"""SELECT sum({col}) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                       AND ({cond})"""), rel=0.001, floor=1.0)


def top_ev_value(tp, col, start, end, cond="1=1", gap=1.15, agg="count(*)", lowest=False, having="1=1"):
    return top_group(f"""SELECT {col}, {agg} FROM events e LEFT JOIN customers c USING (customer_id)
                         WHERE touchpoint_id = '{tp}' AND {col} IS NOT NULL AND {_in('e.ts', start, end)}
                         AND ({cond}) GROUP BY 1 HAVING {having}""", gap=gap, lowest=lowest)


def damage_rate(start, end, cond):
    by_checkout = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events d WHERE d.touchpoint_id = 'tp_damage_claim'
                                            AND d.order_id = e.order_id))::int)
                          FROM events e WHERE e.touchpoint_id = 'tp_checkout' AND {_in('e.ts', start, end)}
                          AND ({cond})""")
    by_event = one(f"""SELECT sum((touchpoint_id = 'tp_damage_claim')::int) / sum((touchpoint_id = 'tp_checkout')::int)
                       FROM events e WHERE {_in('e.ts', start, end)} AND ({cond})""")
    return span([by_checkout, by_event])


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="o.status = 'paid'", rel=0.005):
    v = one(f"""SELECT {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return count(v)
    return num(v, rel=rel, floor=0.01 if abs(float(v)) < 100 else 1.0)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.08, lowest=False, status="o.status = 'paid'"):
    return top_group(f"""SELECT {col}, {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                         WHERE {status} AND {_in('o.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                         GROUP BY 1""", gap=gap, lowest=lowest)


def order_share(num_, start, end, cond="1=1", weight="o.amount", status="o.status = 'paid'"):
    return rate(one(f"""SELECT sum(CASE WHEN {num_} THEN {weight} ELSE 0 END) / sum({weight})
                        FROM orders o LEFT JOIN customers c USING (customer_id)
                        WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})"""))


def adr(start, end, cond="1=1"):
    """by check-in date, paid bookings."""
    return num(one(f"""SELECT sum(accommodation_usd) / sum(nights) FROM orders o WHERE o.status = 'paid'
                       AND o.check_in BETWEEN DATE '{start}' AND DATE '{end}' AND ({cond})"""), rel=0.005, floor=1.0)


# ---------- customers ----------

def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_cust(col, cond="1=1", gap=1.08, agg="count(*)"):
    return top_group(f"SELECT {col}, {agg} FROM customers c WHERE {cond} GROUP BY 1", gap=gap)


# ---------- feedback ----------

MARK = {
    "payment_fail": "(f.text LIKE '%付款失败%' OR lower(f.text) LIKE '%payment failed%')",
    "slow_reply": "(f.text LIKE '%回复太慢%' OR lower(f.text) LIKE '%slow to reply%')",
    "housekeeping_dirty": "(f.text LIKE '%打扫不干净%' OR lower(f.text) LIKE '%not cleaned properly%')",
    "transfer_late": "(f.text LIKE '%接机迟到%' OR lower(f.text) LIKE '%driver was late%')",
    "deposit_deduction": "(f.text LIKE '%押金扣款%' OR lower(f.text) LIKE '%deposit deduction%')",
    "ac_broken": "(f.text LIKE '%空调坏了%' OR lower(f.text) LIKE '%air con broke%')",
    "rain": "(f.text LIKE '%一直下雨%' OR lower(f.text) LIKE '%rained every day%')",
    "staff_praise": "(f.text LIKE '%管家很贴心%' OR lower(f.text) LIKE '%villa manager%')",
    "pool_praise": "(f.text LIKE '%泳池很美%' OR lower(f.text) LIKE '%pool was stunning%')",
    "direct_discount": "(f.text LIKE '%官网直订优惠%' OR lower(f.text) LIKE '%direct booking discount%')",
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


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q1_25 = quarter(2025, 1)
Q2_25 = quarter(2025, 2)
Q3_25 = quarter(2025, 3)
Q1_26 = quarter(2026, 1)
ALL = ("2024-04-01", LAST)
GATEWAY = ("2025-07-14", "2025-09-30")
BERSIH = ("2026-02-01", "2026-04-30")
CNY26 = ("2026-02-10", "2026-02-28")
OWN = "e.channel = 'own_site'"
BIG_PKT = "e.destination = 'phuket' AND e.bedrooms >= 5"


def gold() -> dict:
    return {
        # ---- funnels and the A/B test
        "vr01": lambda: conv("enquiry_to_deposit", *Q2_25, ev_cond=OWN),
        "vr02": lambda: conv("enquiry_to_deposit", *Q3_25, ev_cond=OWN),
        "vr03": lambda: top_lost("enquiry_to_deposit", *Q3_25, ev_cond=OWN),
        "vr04": lambda: top_ev_value("tp_payment_fail", "e.currency", *GATEWAY, gap=1.5),
        "vr05": lambda: ev_count("tp_payment_fail", *GATEWAY, cond=OWN),
        "vr06": lambda: conv("view_to_enquiry", *Y25),
        "vr07": lambda: top_conv("view_to_enquiry", *Y25, "e.channel", ev_level=True, gap=0.03),
        "vr08": lambda: conv("deposit_to_balance", *H1_25, later=True),
        "vr09": lambda: conv("prearrival", *Y25, later=True),
        "vr10": lambda: top_lost("prearrival", *Y25, later=True),
        "vr11": lambda: conv("stay_review", *Q1_26, later=True),
        "vr12": lambda: conv("stay_review", *Q1_26, ev_cond="e.channel = 'airbnb'", later=True),
        "vr13": lambda: conv("repeat_booking", *H2_25, later=True),
        "vr14": lambda: top_conv("repeat_booking", *H2_25, "c.region", min_n=40, gap=0.04, later=True),
        "vr15": lambda: experiment_top("enquiry_to_deposit"),
        "vr16": lambda: experiment_value("enquiry_to_deposit", "deposit_20"),
        # ---- enquiry handling
        "vr17": lambda: ev_avg("tp_quote_sent", "e.response_hours", *Y25, rel=0.01, floor=0.1),
        "vr18": lambda: top_ev_value("tp_quote_sent", "e.destination", *Y25, agg="avg(e.response_hours)", gap=1.5),
        "vr19": lambda: ev_count("tp_enquiry", *Y25, cond="e.availability = 'fully_booked'"),
        # ---- stay operations
        "vr20": lambda: ev_avg("tp_housekeeping", "e.inspection_score", *BERSIH, cond="e.destination = 'bali'",
                               rel=0.005, floor=0.3),
        "vr21": lambda: ev_avg("tp_housekeeping", "e.inspection_score", "2025-02-01", "2025-04-30",
                               cond="e.destination = 'bali'", rel=0.005, floor=0.3),
        "vr22": lambda: top_ev_value("tp_housekeeping", "e.hk_vendor", *ALL, agg="avg(e.inspection_score)",
                                     lowest=True, gap=1.1),
        "vr23": lambda: damage_rate(*Y25, BIG_PKT),
        "vr24": lambda: damage_rate(*Y25, f"NOT ({BIG_PKT})"),
        "vr25": lambda: top_ev_value("tp_damage_claim", "e.damage_type", *ALL, cond="e.destination = 'phuket'",
                                     gap=1.3),
        "vr26": lambda: ev_sum("tp_damage_claim", "e.claim_usd", *Y25),
        "vr27": lambda: ev_avg("tp_airport_transfer", "e.wait_min", *CNY26, cond="e.destination = 'sanya'",
                               rel=0.01, floor=0.3),
        "vr28": lambda: ev_avg("tp_airport_transfer", "e.wait_min", *ALL,
                               cond=f"e.destination = 'sanya' AND NOT ({_in('e.ts', *CNY26)})", rel=0.01, floor=0.3),
        "vr29": lambda: top_ev_value("tp_maintenance", "e.villa_id", *ALL, gap=2.0),
        "vr30": lambda: top_ev_value("tp_maintenance", "e.issue_type", *ALL, cond="e.villa_id = 'PKT-03'", gap=2.0),
        "vr31": lambda: top_ev_value("tp_concierge_request", "e.service_type", *ALL,
                                     cond="e.destination = 'bali' AND e.service_type <> 'airport_transfer'", gap=1.3),
        "vr32": lambda: ev_count("tp_checkin", *month(2026, 1), cond="e.destination = 'sanya'"),
        # ---- money
        "vr33": lambda: orders(*Y25),
        "vr34": lambda: top_group(f"""SELECT destination, sum(accommodation_usd) / sum(nights) FROM orders o
                                      WHERE status = 'paid' AND check_in BETWEEN DATE '2025-01-01'
                                      AND DATE '2025-12-31' GROUP BY 1""", gap=1.08),
        "vr35": lambda: adr("2025-05-01", "2025-10-31", "o.destination = 'phuket'"),
        "vr36": lambda: order_share("o.channel = 'own_site'", *Q1_26, weight="1", status="1=1"),
        "vr37": lambda: order_share("o.channel = 'own_site'", *Q1_25, weight="1", status="1=1"),
        "vr38": lambda: orders(*month(2025, 12), agg="avg(o.commission_pct)", cond="o.channel = 'airbnb'",
                               status="1=1"),
        "vr39": lambda: orders(*Y25, agg="sum(o.commission_usd)", cond="o.channel = 'airbnb'"),
        "vr40": lambda: orders(*Y25, agg="sum(o.forfeited_usd)", status="o.status IN ('cancelled', 'refunded')"),
        "vr41": lambda: top_orders("o.agent_name", *Y25, gap=1.5),
        "vr42": lambda: order_share("o.currency = 'CNY'", *Y25),
        "vr43": lambda: orders(*Y25, agg="sum(o.amount_local)", cond="o.currency = 'AUD'"),
        "vr44": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.bedrooms >= 5"),
        "vr45": lambda: orders(*Y25, agg="avg(o.lead_days)", rel=0.005),
        "vr46": lambda: orders(*month(2026, 3), agg="count(*)", status="1=1"),
        "vr47": lambda: ev_count("tp_checkin", "2026-02-16", "2026-02-22", cond="e.destination = 'sanya'"),
        # ---- guests
        "vr48": lambda: cust_count("1=1"),
        "vr49": lambda: cust_count("c.region = 'australia'"),
        "vr50": lambda: cust_count(_in("c.signup_at", *Y25)),
        "vr51": lambda: top_cust("c.acquisition_channel", _in("c.signup_at", *Y25), gap=1.08),
        # ---- feedback
        "vr52": lambda: topic_count("payment_fail"),
        "vr53": lambda: topic_top("payment_fail", "f.region", gap=1.5),
        "vr54": lambda: topic_count("housekeeping_dirty"),
        "vr55": lambda: topic_top("housekeeping_dirty", "f.destination", gap=2),
        "vr56": lambda: topic_count("deposit_deduction"),
        "vr57": lambda: topic_top("deposit_deduction", "f.destination", gap=2),
        "vr58": lambda: topic_count("transfer_late"),
        "vr59": lambda: fb_ratio(NEG, _in("f.ts", *Q1_26)),
        "vr60": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "vr61": lambda: fb_top("f.touchpoint_id", "avg(f.rating)", "f.rating IS NOT NULL", lowest=True, gap=0.2,
                               min_n=50),
        "vr62": lambda: fb_avg("f.rating", f"f.destination = 'bali' AND f.rating IS NOT NULL AND {_in('f.ts', *BERSIH)}"),
        "vr63": lambda: fb_count("f.ts IS NULL"),
        "vr64": lambda: fb_ids("t.topic = 'transfer_late' AND f.destination = 'sanya'"),
        "vr65": lambda: topic_count("staff_praise"),
        "vr66": lambda: topic_count("direct_discount"),
        "vr67": lambda: topic_top("slow_reply", "f.destination", gap=2),
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
