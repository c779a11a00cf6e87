"""Gold answers for the 热血联盟 LifeDrop blood-donation held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window (booking to donation 7 days, post-donation care 30 days, donor recall 60
  days) from their first step-1 event in the period. Each rate is computed twice, with later steps allowed after the
  period end and with every step required inside the period; the tolerance covers both. A site / city filter keeps
  only the events carrying that site_id / city (every step of a visit carries its site); a donor attribute (blood
  type, acquisition channel, ...) is the customers row. Drop-off of a step = 1 - reached next step / reached this
  step; "lost at a step" = reached it but not the next one. Every tp_register event is a booking / registration
  (on the spot at drives and street buses, in the app otherwise); a "successful donation" is a tp_donation event
  with action `success` (incomplete draws excluded);
- "donors" / "people" are distinct customer_id. The customers table holds everyone who ever registered; donor_type
  first_time = no donation before joining (everyone who registered in 2025-26), repeat = donated before 2025;
  new registrations = customers.signup_at in the period; a donor's city / age band / blood type / occupation = the
  customers row;
- screening deferral rate = tp_screening events with action `deferred` / all tp_screening events in the period (one
  screening per visit), reason = deferral_reason; adverse-reaction rate = tp_rest events with adverse_reaction other
  than `none` / all tp_rest events;
- time between steps is per visit (events carry visit_id): questionnaire -> donation wait in minutes (weekend =
  Saturday/Sunday of the questionnaire), donation -> results notified in days, cohort on the earlier step; medians /
  shares over visits that have both steps;
- orders: gift redemptions and travel-allowance reimbursements (order_type). Issued = status `paid`; reversed =
  `cancelled` (out of stock, duplicate or ineligible claim) or `returned` (gift sent back); value in CNY = amount,
  points = points column of gift redemptions; a reversal rate = reversed / all orders of that kind; per-donor
  averages = total issued / distinct customers with at least one issued order of that kind in the period;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use text markers (排队/queue/waited; 找不到/难找/can't find/couldn't find/hard to find; 保温杯/thermos;
  头晕/晕倒/dizzy/faint; 护士/nurse) with a 5 % tolerance, checked against the truth topic; "all feedback" includes
  undated rows, a period filter keeps dated rows only; average rating by step = every rated row by touchpoint_id;
  NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value;
- periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against `as_of` (else
  2026-06-30, the last day of the data).
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    for t in ("customers", "events", "orders", "feedback"):
        CON.execute(f"""CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true,
                        all_varchar=true)""")
    CON.execute("ALTER TABLE customers ALTER signup_at TYPE TIMESTAMP")
    CON.execute("ALTER TABLE events ALTER ts TYPE TIMESTAMP")
    CON.execute("ALTER TABLE orders ALTER ts TYPE TIMESTAMP")
    CON.execute("ALTER TABLE orders ALTER amount TYPE DOUBLE")
    CON.execute("ALTER TABLE orders ALTER points TYPE DOUBLE")
    CON.execute("ALTER TABLE feedback ALTER ts TYPE TIMESTAMP")
    CON.execute("ALTER TABLE feedback ALTER rating TYPE DOUBLE")
    CON.execute("ALTER TABLE feedback ALTER nps TYPE DOUBLE")
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
    assert one("SELECT max(ts) FROM events") < datetime(2026, 7, 1)
    assert one("SELECT min(ts) FROM events") >= datetime(2025, 1, 1)


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def _rate(v: float) -> dict:
    return dict(value=round(v, 4), tolerance=0.01)


def _count(v) -> dict:
    return dict(value=int(v), tolerance=0.5)


# ---------- funnels (DATA.md rule) ----------

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, evc=None, bounded=False) -> list[int]:
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if evc:
        ev += f" AND ({evc})"
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


def conv(journey, start, end, a=1, b=None, drop=False, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end, **kw):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=50, gap=0.03, a=1, b=None):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            c = funnel(journey, start, end, bounded=bounded, cust=f"{column} = '{v}'")
            if c[a - 1] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[a - 1]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- time between steps (per visit) ----------

def _gaps(tp_a, tp_b, start, end, unit, cond="1=1"):
    return f"""SELECT a.visit_id, a.site_id, a.site_name, a.site_name_en, a.city, a.ts AS ta,
                      epoch(b.ts - a.ts) / {unit} AS d
               FROM (SELECT visit_id, min(ts) ts, any_value(site_id) site_id, any_value(site_name) site_name,
                            any_value(site_name_en) site_name_en, any_value(city) city FROM events
                     WHERE touchpoint_id = '{tp_a}' AND visit_id IS NOT NULL GROUP BY 1) a
               JOIN (SELECT visit_id, min(ts) ts FROM events WHERE touchpoint_id = '{tp_b}'
                     AND visit_id IS NOT NULL GROUP BY 1) b USING (visit_id)
               WHERE b.ts > a.ts AND {_in('a.ts', start, end)} AND ({cond})"""


def WAIT(start, end, cond="1=1"):
    return _gaps("tp_questionnaire", "tp_donation", start, end, 60.0, cond)


def RESULTS(start, end, cond="1=1"):
    return _gaps("tp_donation", "tp_results", start, end, 86400.0, cond)


def gap_stat(sql, agg="median", rel=0.03, floor=0.1):
    v = one(f"SELECT {agg}(d) FROM ({sql})")
    return dict(value=round(v, 2), tolerance=round(max(floor, v * rel), 2))


def gap_share(sql, limit):
    return _rate(one(f"SELECT avg((d > {limit})::int) FROM ({sql})"))


def top_gap(sql, col, min_n=100, gap_min=5.0):
    rows = q(f"SELECT {col}, median(d) m, count(*) n FROM ({sql}) GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] + gap_min, rows
    return dict(top_entity=rows[0][0])


# ---------- events / customers ----------

def events_count(tp, start, end, cond="1=1"):
    return _count(one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                          WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def users_at(tp, start, end, cond="1=1"):
    return _count(one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                          WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def per_user_events(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp)
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.01), 3))


def event_rate(tp, start, end, num, cond="1=1"):
    return _rate(one(f"""SELECT avg(({num})::int) FROM events e JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def event_share_customers(tp, start, end, num, cond="1=1"):
    """share of distinct customers with an event at tp that satisfy num (a customers condition)"""
    return _rate(one(f"""SELECT avg(({num})::int) FROM customers c WHERE customer_id IN (
                           SELECT customer_id FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                           AND ({cond}))""", tp))


def top_event_col(tp, col, start, end, cond="1=1", gap=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


def top_event_rate(tp, col, start, end, num, cond="1=1", min_n=100, gap=0.02, trap=False):
    rows = q(f"""SELECT {col}, avg(({num})::int) r, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                 GROUP BY 1 ORDER BY r DESC""", tp)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] + gap, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], ("expected a small-group trap above the answer", rows[:3])
    return dict(top_entity=big[0][0])


def top_event_period(tp, start, end, unit="month", cond="1=1", gap=1.03):
    rows = q(f"""SELECT date_trunc('{unit}', e.ts) m, count(*) n FROM events e WHERE e.touchpoint_id = ?
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return _count(rows[0][1])


def top_rate_period(tp, start, end, num, unit="month", cond="1=1"):
    rows = q(f"""SELECT date_trunc('{unit}', e.ts) m, avg(({num})::int) r FROM events e WHERE e.touchpoint_id = ?
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r DESC""", tp)
    return _rate(rows[0][1])


def event_change(tp, start_a, end_a, start_b, end_b, cond="1=1"):
    a = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start_a, end_a)} AND ({cond})",
            tp)
    b = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start_b, end_b)} AND ({cond})",
            tp)
    return _rate(b / a - 1)


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


def new_customers(start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', start, end)} AND ({cond})"))


# ---------- orders ----------

def _st(status):
    if status is None:
        return "1=1"
    if isinstance(status, (list, tuple)):
        return "o.status IN (" + ", ".join(f"'{s}'" for s in status) + ")"
    return f"o.status = '{status}'"


def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {_st(status)} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return _count(v)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, abs(v) * 0.002), 2))


def share_orders(start, end, num, cond="1=1", status=None):
    return _rate(one(f"""SELECT avg(({num})::int) FROM orders o JOIN customers c USING (customer_id)
                         WHERE {_st(status)} AND {_in('o.ts', start, end)} AND ({cond})"""))


def per_customer(start, end, agg="sum(o.amount)", cond="1=1"):
    v = one(f"""SELECT {agg} / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 2), tolerance=round(max(0.01, v * 0.005), 2))


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1", gap=1.1):
    rows = q(f"""SELECT {col}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE {_st(status)} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:4]
    return dict(top_entity=rows[0][0])


def top_share_orders(col, start, end, num, cond="1=1", min_n=50, gap=0.04, trap=True):
    rows = q(f"""SELECT {col}, avg(({num})::int) r, count(*) n FROM orders o WHERE {_in('o.ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY r DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] + gap, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], ("expected a small-group trap above the answer", rows[:3])
    return dict(top_entity=big[0][0])


# ---------- feedback ----------

FB = "feedback f JOIN truth t USING (feedback_id)"


def feedback_ids(cond, join=""):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM {FB} {join} WHERE {cond} ORDER BY 1")])


def fb_count(cond, join=""):
    return _count(one(f"SELECT count(*) FROM {FB} {join} WHERE {cond}"))


def topic_count(marker, topics, extra="1=1"):
    n = one(f"SELECT count(*) FROM {FB} WHERE ({marker}) AND {extra}")
    tl = ", ".join(f"'{t}'" for t in topics)
    truth = one(f"SELECT count(*) FROM {FB} WHERE t.topic IN ({tl}) AND {extra}")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.03, join=""):
    v = one(f"SELECT avg({col}) FROM {FB} {join} WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM {FB} WHERE {cond}"))


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_rating(col, cond="1=1", gap=0.15, min_n=1, trap=False):
    rows = q(f"""SELECT {col}, avg(f.rating) r, count(*) n FROM feedback f
                 WHERE f.rating IS NOT NULL AND {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r ASC""")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > gap, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], ("expected a small-group trap above the answer", rows[:3])
    return dict(top_entity=big[0][0])


def top_fb_share(col, num, cond="1=1", min_n=100, gap=0.05):
    rows = q(f"""SELECT {col}, avg(({num})::int) r, count(*) n FROM {FB} WHERE {cond} GROUP BY 1
                 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods ----------

def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
NEG = "t.sentiment = 'negative'"
QUEUE = "(f.text LIKE '%排队%' OR lower(f.text) LIKE '%queue%' OR lower(f.text) LIKE '%waited%')"
BUS = ("(f.text LIKE '%找不到%' OR f.text LIKE '%难找%' OR lower(f.text) LIKE '%can''t find%' "
       "OR lower(f.text) LIKE '%couldn''t find%' OR lower(f.text) LIKE '%hard to find%')")
THERMOS = "(f.text LIKE '%保温杯%' OR lower(f.text) LIKE '%thermos%')"
DIZZY = ("(f.text LIKE '%头晕%' OR f.text LIKE '%晕倒%' OR lower(f.text) LIKE '%dizzy%' "
         "OR lower(f.text) LIKE '%faint%')")
NURSE = "(f.text LIKE '%护士%' OR lower(f.text) LIKE '%nurse%')"
OK = "e.action = 'success'"
DEF = "e.action = 'deferred'"
GIFT = "o.order_type = 'gift_redemption'"
TRAVEL = "o.order_type = 'travel_allowance'"
REVERSED = "o.status IN ('cancelled', 'returned')"
WEEKEND = "dayofweek(ta) IN (0, 6)"
REACT = "e.adverse_reaction <> 'none'"


def gold() -> dict:
    return {
        # ---- funnels
        "bd01": lambda: conv("donate", *Y25),
        "bd02": lambda: top_lost("donate", "2026-03-01", "2026-04-30", evc="e.city = '成都'"),
        "bd03": lambda: conv("donate", "2025-09-01", "2025-10-31", a=1, b=2, evc="e.site_id = 'WHB1'"),
        "bd04": lambda: conv("donate", "2025-05-01", "2025-06-30", a=1, b=2, evc="e.site_id = 'WHB1'"),
        "bd05": lambda: top_lost("donate", "2025-09-01", "2025-11-30", evc="e.city = '武汉'"),
        "bd06": lambda: top_conv("donate", *Y25, "c.acquisition_channel", lowest=True, min_n=300),
        "bd07": lambda: conv("aftercare", *Y25),
        "bd08": lambda: conv("recall", *Q3_25),
        "bd09": lambda: conv("recall", *Q4_25),
        "bd10": lambda: top_conv("recall", *Q4_25, "c.blood_type", min_n=100, gap=0.03),
        "bd11": lambda: conv("donate", *month(2026, 3), a=3, b=4, drop=True, evc="e.city = '成都'"),
        "bd12": lambda: conv("donate", *month(2026, 2), a=3, b=4, drop=True, evc="e.city = '成都'"),
        # ---- screening / deferral
        "bd13": lambda: event_rate("tp_screening", *Y25, DEF),
        "bd14": lambda: top_event_col("tp_screening", "e.deferral_reason", "2026-03-01", "2026-04-30",
                                      f"{DEF} AND e.city = '成都'", gap=2.0),
        "bd15": lambda: top_event_rate("tp_screening", "c.occupation", *ALL, DEF, min_n=200, gap=0.02, trap=True),
        "bd16": lambda: event_rate("tp_screening", *ALL, DEF, "c.gender = 'female' AND c.age_band = '18-24'"),
        "bd17": lambda: top_rate_period("tp_screening", *H1_26, DEF, cond="e.city = '成都'"),
        # ---- waits and results
        "bd18": lambda: gap_stat(WAIT(*Q4_25, f"site_id = 'HZ01' AND {WEEKEND}")),
        "bd19": lambda: gap_stat(WAIT(*Q4_25, f"site_id = 'HZ01' AND NOT {WEEKEND}")),
        "bd20": lambda: gap_share(WAIT(*Q4_25, f"site_id = 'HZ01' AND {WEEKEND}"), 60),
        "bd21": lambda: top_gap(WAIT(*Q4_25), "site_name", min_n=100),
        "bd22": lambda: gap_stat(RESULTS(*month(2026, 1))),
        "bd23": lambda: gap_stat(RESULTS(*month(2025, 10))),
        "bd24": lambda: gap_share(RESULTS(*month(2026, 1)), 7),
        # ---- adverse reactions
        "bd25": lambda: event_rate("tp_rest", *Y25, REACT, "c.donor_type = 'first_time'"),
        "bd26": lambda: event_rate("tp_rest", *Y25, REACT, "c.donor_type = 'repeat'"),
        "bd27": lambda: top_event_rate("tp_rest", "c.age_band", *ALL,
                                       "e.adverse_reaction IN ('dizziness', 'fainting')", min_n=200, gap=0.015),
        "bd28": lambda: top_event_col("tp_rest", "e.adverse_reaction", *ALL, REACT, gap=2.0),
        # ---- gifts and travel allowance
        "bd29": lambda: orders(*Y25, agg="count(*)", cond=GIFT),
        "bd30": lambda: orders(*Q1_26, agg="sum(o.points)", cond=GIFT),
        "bd31": lambda: top_share_orders("o.item", "2025-11-01", "2026-06-30", REVERSED, cond=GIFT, min_n=50),
        "bd32": lambda: share_orders("2025-11-01", "2026-06-30", "o.status = 'returned'",
                                     cond=f"{GIFT} AND o.item = 'thermos'"),
        "bd33": lambda: top_orders("o.item_zh", *Y25, cond=GIFT, gap=1.1),
        "bd34": lambda: orders(*Q1_26, cond=TRAVEL),
        "bd35": lambda: orders(*Q4_25, cond=TRAVEL),
        "bd36": lambda: orders(*H1_26, agg="avg(o.amount)", cond=TRAVEL),
        "bd37": lambda: share_orders(*month(2026, 3), REVERSED, cond=f"{TRAVEL} AND o.device = 'android'"),
        "bd38": lambda: share_orders(*month(2026, 4), REVERSED, cond=f"{TRAVEL} AND o.device = 'android'"),
        "bd39": lambda: per_customer(*H1_26, cond=TRAVEL),
        # ---- donors and volumes
        "bd40": lambda: new_customers("2025-03-03", "2025-03-09"),
        "bd41": lambda: users_at("tp_donation", *Y25, OK),
        "bd42": lambda: per_user_events("tp_donation", *Y25, OK),
        "bd43": lambda: per_user_events("tp_donation", *H1_26, f"{OK} AND e.donation_type = 'platelets'"),
        "bd44": lambda: event_share_customers("tp_donation", *Y25, "c.blood_type = 'O'", OK),
        "bd45": lambda: top_event_col("tp_donation", "e.city", *H2_25, OK, gap=1.05),
        "bd46": lambda: customers_count("c.rh = 'negative'"),
        "bd47": lambda: new_customers(*month(2025, 10), "c.acquisition_channel_zh = '校园献血'"),
        # ---- trends
        "bd48": lambda: top_event_period("tp_donation", *Y25, cond=OK),
        "bd49": lambda: event_change("tp_donation", *month(2026, 4), *month(2026, 5), OK),
        "bd50": lambda: events_count("tp_screening", *month(2026, 4), DEF),
        "bd51": lambda: events_count("tp_screening", *month(2026, 4), f"{DEF} AND e.city = '成都'"),
        # ---- feedback
        "bd52": lambda: topic_count(QUEUE, ["queue"], _in("f.ts", *Q4_25)),
        "bd53": lambda: fb_ratio(NEG, _in("f.ts", *Q4_25)),
        "bd54": lambda: top_rating("f.touchpoint_id", gap=0.3, min_n=50, trap=True),
        "bd55": lambda: fb_avg("f.rating", f"f.touchpoint_id = 'tp_results' AND {_in('f.ts', '2026-01-01', '2026-02-28')}",
                               tol=0.05),
        "bd56": lambda: topic_count(BUS, ["bus_find"]),
        "bd57": lambda: topic_count(THERMOS, ["thermos"]),
        "bd58": lambda: fb_count("f.ts IS NULL"),
        "bd59": lambda: nps(_in("f.ts", *H1_26)),
        "bd60": lambda: topic_count(DIZZY, ["dizzy"], _in("f.ts", *Y25)),
        "bd61": lambda: fb_ratio(NEG, f"f.touchpoint_id = 'tp_results' AND {_in('f.ts', '2026-01-01', '2026-02-28')}"),
        "bd62": lambda: fb_avg("f.rating", "c.donor_type = 'first_time'", join="JOIN customers c USING (customer_id)"),
        "bd63": lambda: topic_count(NURSE, ["nurse"]),
        # ---- why
        "bd64": lambda: feedback_ids(f"t.topic = 'hb_deferral' AND f.city = '成都' AND "
                                     f"{_in('f.ts', '2026-03-01', '2026-05-15')}"),
        "bd65": lambda: feedback_ids(f"t.topic = 'bus_find' AND {_in('f.ts', '2025-09-01', '2025-11-30')}"),
        "bd66": lambda: feedback_ids(f"t.topic = 'results_late' AND {_in('f.ts', '2026-01-01', '2026-02-28')}"),
        "bd67": lambda: feedback_ids(f"t.topic = 'queue' AND f.site_id = 'HZ01' AND "
                                     f"{_in('f.ts', '2025-10-01', '2026-01-15')}"),
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
