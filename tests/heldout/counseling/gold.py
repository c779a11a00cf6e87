"""Gold answers for the online-counseling (心语 MindHarbor) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching step
  k-1, within the journey's window (window_days) from their first step-1 event in the period. Each rate is computed
  twice, with later steps allowed after the period end and with every step required inside the period; the tolerance
  covers both (`conv`). Where the question says later steps may fall after the period, only the open version is used
  (`conv_open`). Drop-off of a step = 1 - reached next / reached this step. A funnel filtered by a counselor attribute
  keeps the customers whose matched counselor has it (one counselor per customer); by device = the device of the
  customer's first-session event;
- "customers / people / clients / 客户 / 人" = distinct customer_id; a self-test = a tp_selftest event (one per
  customer); an intake = a tp_intake_done event; a first session = a tp_first_session event (attended); a booking of
  the first session = a tp_first_booked event, its outcome in `session_status` (attended, no_show, cancelled,
  scheduled); a no-show rate "by booking" = no_show bookings / all first-session bookings made (booking `ts`) in the
  period; "sessions / 咨询场次" = tp_first_session + tp_session events;
- a customer's channel / concern / payer / city / age band = the customers row (acquisition_channel / channel_zh,
  concern_type (zh) / concern_type_en, payer_type (zh) / payer_type_en, city (zh) / city_en, age_band); a session's
  slot / mode / counselor = the event's own columns;
- time between two steps = days (fractional, epoch difference / 86400) from the customer's first event at the first
  step to their first event at the second step after it; the cohort is the period of the *second* step; the slot of
  such a gap = slot_type of that first-session event;
- money = orders with status `paid`, dated by the order `ts` (EAP orders are paid at 0); "refunded" = orders with
  status `refunded` dated by their `ts`; spend per customer = paid amount / distinct customers with a paid order
  above 0 in the period (as the question states);
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value; complaint-topic counts use text markers with a
  5 % tolerance, checked against the truth topic; "all feedback" includes rows without a date, a period filter only
  keeps dated rows; average rating by step = every rated row by touchpoint_id; a counselor's rating = rated rows with
  that counselor_id;
- periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against `as_of` (else
  2026-07-31, the last day of the data).
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
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    types={{'signup_at': 'TIMESTAMP', 'age_band': 'VARCHAR', 'eap_company': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'device': 'VARCHAR', 'session_id': 'VARCHAR',
                            'app_version': 'VARCHAR', 'counselor_id': 'VARCHAR', 'counselor_level': 'VARCHAR',
                            'counselor_level_en': 'VARCHAR', 'counselor_years': 'DOUBLE',
                            'session_mode': 'VARCHAR', 'session_mode_zh': 'VARCHAR', 'slot_type': 'VARCHAR',
                            'slot_type_zh': 'VARCHAR', 'appointment_at': 'TIMESTAMP', 'session_status': 'VARCHAR',
                            'session_no': 'DOUBLE', 'package_size': 'DOUBLE', 'selftest_type': 'VARCHAR',
                            'selftest_score': 'DOUBLE', 'campaign_id': 'VARCHAR', 'ticket_type': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'eap_company': 'VARCHAR',
                            'counselor_id': 'VARCHAR', 'counselor_level': 'VARCHAR', 'counselor_level_en': 'VARCHAR',
                            'refunded_at': 'TIMESTAMP', 'refund_reason': 'VARCHAR', 'device': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'touchpoint_id': 'VARCHAR',
                            'rating': 'DOUBLE', 'nps': 'DOUBLE', 'counselor_id': 'VARCHAR',
                            'counselor_level': 'VARCHAR', 'counselor_level_en': 'VARCHAR', 'session_mode': 'VARCHAR',
                            'session_mode_zh': 'VARCHAR', 'device': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events e LEFT JOIN touchpoints t USING (touchpoint_id) WHERE t.name IS NULL") == 0
    # one counselor per customer; device of app events = the customer's primary device
    assert one("""SELECT count(*) FROM (SELECT customer_id FROM events WHERE counselor_id IS NOT NULL
                  GROUP BY 1 HAVING count(DISTINCT counselor_id) > 1)""") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.touchpoint_id = 'tp_first_session' AND e.device <> c.primary_device""") == 0
    for tp in ("tp_selftest", "tp_intake_done", "tp_first_session", "tp_package"):
        assert one(f"SELECT count(*) - count(DISTINCT customer_id) FROM events WHERE touchpoint_id = '{tp}'") == 0
    assert one("SELECT max(ts) FROM events").date().isoformat() <= "2026-07-31"
    assert one("SELECT max(ts) FROM feedback").date().isoformat() <= "2026-07-31"


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def by_counselor(col: str, val: str) -> str:
    return (f"c.customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_matched' "
            f"AND {col} = '{val}')")


def by_first_device(dev: str) -> str:
    return (f"c.customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_first_session' "
            f"AND device = '{dev}')")


# ---------- funnels (DATA.md rule)

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, bounded=False) -> list[int]:
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


def _rate(c, a, b, drop):
    r = c[(b or len(c)) - 1] / c[a - 1]
    return 1 - r if drop else r


def conv(journey, start, end, a=1, b=None, drop=False, **kw):
    vals = [_rate(funnel(journey, start, end, bounded=bd, **kw), a, b, drop) for bd in (False, True)]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, a=1, b=None, drop=False, **kw):
    return dict(value=round(_rate(funnel(journey, start, end, **kw), a, b, drop), 4), tolerance=0.01)


def top_lost(journey, start, end, **kw):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.3, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, groups: dict, lowest=False, min_n=100, gap=0.04, b=None):
    """groups: label -> customer condition."""
    tops = set()
    for bounded in (False, True):
        rates = {}
        for label, cond in groups.items():
            c = funnel(journey, start, end, cust=cond, bounded=bounded)
            if c[0] >= min_n:
                rates[label] = c[(b or len(c)) - 1] / c[0]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def groups_of(col: str, table="customers", tp=None) -> dict:
    if table == "customers":
        vals = [r[0] for r in q(f"SELECT DISTINCT {col} FROM customers WHERE {col} IS NOT NULL")]
        return {v: f"c.{col} = '{v}'" for v in vals}
    vals = [r[0] for r in q(f"SELECT DISTINCT {col} FROM events WHERE {col} IS NOT NULL AND touchpoint_id = '{tp}'")]
    return {v: f"c.customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = '{tp}' AND {col} = '{v}')"
            for v in vals}


# ---------- time between steps

def _gaps(a_tp, b_tp, start, end, cond="1=1"):
    return f"""WITH a AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
               b AS (SELECT e.customer_id, min(e.ts) t FROM events e JOIN a USING (customer_id)
                     WHERE e.touchpoint_id = '{b_tp}' AND e.ts > a.t GROUP BY 1),
               s AS (SELECT customer_id, slot_type, slot_type_zh FROM events WHERE touchpoint_id = 'tp_first_session')
               SELECT c.*, s.slot_type, s.slot_type_zh, epoch(b.t - a.t) / 86400 AS days
               FROM a JOIN b USING (customer_id) JOIN customers c USING (customer_id)
               LEFT JOIN s USING (customer_id) WHERE {_in('b.t', start, end)} AND ({cond})"""


def gap(a_tp, b_tp, start, end, agg="median", cond="1=1"):
    v = one(f"SELECT {agg}(days) FROM ({_gaps(a_tp, b_tp, start, end, cond)})")
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.03), 2))


def gap_share(a_tp, b_tp, start, end, limit, cond="1=1"):
    v = one(f"SELECT avg((days > {limit})::int) FROM ({_gaps(a_tp, b_tp, start, end, cond)})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_gap(a_tp, b_tp, start, end, col, gap_days=3, agg="avg"):
    rows = q(f"SELECT {col}, {agg}(days) d FROM ({_gaps(a_tp, b_tp, start, end)}) GROUP BY 1 ORDER BY d DESC")
    assert rows[0][1] > rows[1][1] + gap_days, rows
    return dict(top_entity=rows[0][0])


# ---------- events / customers

def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def events_at(tps, start, end, cond="1=1"):
    tl = ", ".join(f"'{t}'" for t in tps)
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id IN ({tl}) "
                          f"AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def share_events(tp, start, end, num, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} "
            f"AND ({cond})", tp)
    return dict(value=round(v, 4), tolerance=0.01)


def top_share_events(tp, start, end, by, num, min_n=100, gap=0.05):
    rows = q(f"""SELECT {by}, avg(({num})::int) r, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r DESC""", tp)
    assert rows[0][1] > rows[1][1] + gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events(tps, start, end, by, gap=1.15):
    tl = ", ".join(f"'{t}'" for t in tps)
    rows = q(f"""SELECT {by}, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id IN ({tl}) AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def monthly_peak(tp, start, end):
    rows = q(f"""SELECT strftime(e.ts, '%Y-%m') m, count(*) v FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * 1.15, rows[:3]
    return dict(value=rows[0][1], tolerance=0.5)


def sessions_per_customer(start, end):
    v = one(f"""SELECT count(*) / count(DISTINCT customer_id) FROM events e
                WHERE touchpoint_id IN ('tp_first_session', 'tp_session') AND {_in('e.ts', start, end)}""")
    return dict(value=round(v, 3), tolerance=0.05)


def customers_share(cond):
    v = one(f"SELECT avg(({cond})::int) FROM customers c")
    return dict(value=round(v, 4), tolerance=0.01)


def top_customers(col, gap=1.15):
    rows = q(f"SELECT {col}, count(*) n FROM customers c GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def intake_never_first():
    v = one("""SELECT count(DISTINCT customer_id) FROM events e WHERE touchpoint_id = 'tp_intake_done'
               AND NOT EXISTS (SELECT 1 FROM events x WHERE x.customer_id = e.customer_id
                               AND x.touchpoint_id = 'tp_first_session')""")
    return dict(value=v, tolerance=0.5)


# ---------- orders

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def share_orders(start, end, num, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o
                WHERE status = 'paid' AND amount > 0 AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 2), tolerance=round(v * 0.002, 2))


def monthly_revenue_peak(start, end):
    rows = q(f"""SELECT strftime(ts, '%Y-%m') m, sum(amount) v FROM orders WHERE status = 'paid'
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * 1.02, rows[:3]
    v = float(rows[0][1])
    return dict(value=round(v, 2), tolerance=round(v * 0.001, 2))


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1", gap=1.1):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:4]
    return dict(top_entity=rows[0][0])


def top_refund_rate(col, start, end, cond, gap=0.03):
    rows = q(f"""SELECT {col}, avg((o.status = 'refunded')::int) r, count(*) n FROM orders o
                 WHERE {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def top_eight_share(start, end, col, gap=0.05):
    rows = q(f"""SELECT {col}, avg((o.order_type = 'package_8')::int) r, count(*) n FROM orders o
                 JOIN customers c USING (customer_id) WHERE o.status = 'paid'
                 AND o.order_type IN ('package_4', 'package_8') AND {_in('o.ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


# ---------- feedback

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t USING (feedback_id)
                                                    WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"),
                tolerance=0.5)


def topic_count(marker, topics, extra="1=1", join=""):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) {join} WHERE ({marker}) AND {extra}")
    tl = ", ".join(f"'{t}'" for t in topics)
    truth = one(f"""SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) {join}
                    WHERE t.topic IN ({tl}) AND {extra}""")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.01):
    v = one(f"SELECT avg({col}) FROM feedback f JOIN truth t USING (feedback_id) WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"SELECT avg(({num})::int) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}")
    return dict(value=round(v, 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_rating(col, cond="1=1", gap=0.15, highest=False, min_n=1):
    rows = q(f"""SELECT {col}, avg(f.rating) r, count(*) n FROM feedback f
                 WHERE f.rating IS NOT NULL AND {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'DESC' if highest else 'ASC'}""")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_topic(col, marker, cond="1=1", gap=1.3, join=""):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f {join} WHERE ({marker}) AND {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2024-09-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
NEG = "t.sentiment = 'neg'"
LAG = ("(f.text LIKE '%卡顿%' OR f.text LIKE '%掉线%' OR f.text LIKE '%很卡%' OR f.text LIKE '%特别卡%' "
       "OR f.text LIKE '%画面定住%' OR lower(f.text) LIKE '%lag%' OR lower(f.text) LIKE '%freez%' "
       "OR lower(f.text) LIKE '%froze%')")
EVENING = ("(f.text LIKE '%晚上%' OR f.text LIKE '%晚间%' OR f.text LIKE '%下班后%' "
           "OR lower(f.text) LIKE '%evening%')")
PRIVACY = ("(f.text LIKE '%隐私%' OR f.text LIKE '%保密%' OR f.text LIKE '%HR%' OR lower(f.text) LIKE '%privacy%' "
           "OR lower(f.text) LIKE '%private%' OR lower(f.text) LIKE '%employer%')")
PRICE = ("(f.text LIKE '%太贵%' OR f.text LIKE '%价格太高%' OR f.text LIKE '%更贵%' OR f.text LIKE '%负担不起%' "
         "OR lower(f.text) LIKE '%expensive%' OR lower(f.text) LIKE '%price%' OR lower(f.text) LIKE '%afford%')")
NOTFIT = ("(f.text LIKE '%不适合%' OR f.text LIKE '%不合拍%' OR f.text LIKE '%不合适%' OR f.text LIKE '%没有共鸣%' "
          "OR f.text LIKE '%没听懂%' OR lower(f.text) LIKE '%not a good fit%' "
          "OR lower(f.text) LIKE '%not the right match%' OR lower(f.text) LIKE '%didn''t click%')")
FIRST, SESS = "tp_first_session", "tp_session"
JC = "JOIN customers c USING (customer_id)"


def gold() -> dict:
    return {
        # ---- funnels (DATA.md rule)
        "mh01": lambda: conv("selftest_to_intake", *Y25),
        "mh02": lambda: conv("selftest_to_intake", *Y25, cust="c.acquisition_channel = 'xiaohongshu'"),
        "mh03": lambda: top_conv("selftest_to_intake", *Y25, groups_of("acquisition_channel"), lowest=True,
                                 min_n=150),
        "mh04": lambda: users_at("tp_selftest", "2025-03-03", "2025-03-09"),
        "mh05": lambda: users_at("tp_selftest", "2025-02-24", "2025-03-02"),
        "mh06": lambda: conv_open("selftest_to_intake", "2025-03-03", "2025-03-09", b=2),
        "mh07": lambda: top_lost("intake_to_first_session", *ALL),
        "mh08": lambda: conv_open("first_session_to_package", *H2_25),
        "mh09": lambda: conv_open("first_session_to_package", *H2_25, cust="c.payer_type_en = 'company_eap'"),
        "mh10": lambda: top_conv("first_session_to_package", *Y25,
                                 groups_of("counselor_level_en", "events", "tp_matched"), min_n=50),
        "mh11": lambda: conv_open("first_session_to_package", *month(2025, 12), cust=by_first_device("android")),
        "mh12": lambda: conv_open("first_session_to_package", *month(2025, 12), cust=by_first_device("ios")),
        "mh13": lambda: conv_open("package_renewal", *H1_25),
        "mh14": lambda: conv("intake_to_first_session", *quarter(2025, 3), a=1, b=2, drop=True),
        "mh15": lambda: top_conv("first_session_to_package", *Y25, groups_of("concern_type"), lowest=True,
                                 min_n=100),
        # ---- no-shows
        "mh16": lambda: share_events("tp_first_booked", *Y25, "e.session_status = 'no_show'"),
        "mh17": lambda: top_share_events("tp_first_booked", *Y25, "c.payer_type", "e.session_status = 'no_show'"),
        # ---- volumes and trends
        "mh18": lambda: users_at("tp_intake_done", *month(2025, 10)),
        "mh19": lambda: events_at([FIRST], "2026-02-02", "2026-02-08"),
        "mh20": lambda: events_at([FIRST, SESS], "2026-05-01", "2026-05-15"),
        "mh21": lambda: events_at([FIRST, SESS], *month(2026, 4)),
        "mh22": lambda: monthly_peak("tp_selftest", *Y25),
        "mh23": lambda: monthly_revenue_peak(*Y25),
        # ---- time between steps
        "mh25": lambda: gap("tp_matched", FIRST, *Y25),
        "mh26": lambda: gap("tp_matched", FIRST, *H2_25, cond="s.slot_type = 'evening'"),
        "mh27": lambda: gap("tp_matched", FIRST, *H2_25, cond="s.slot_type = 'daytime'"),
        "mh28": lambda: gap_share("tp_first_booked", FIRST, *H1_26, 7),
        "mh29": lambda: top_gap("tp_matched", FIRST, *H1_26, "slot_type"),
        # ---- money
        "mh31": lambda: orders(*Y25),
        "mh32": lambda: top_orders("o.order_type", *Y25, agg="sum(o.amount)", gap=1.05)
        if top_orders("o.order_type", *Y25, agg="sum(o.amount)", status=None, gap=1.05)["top_entity"] == "package_8"
        else None,
        "mh33": lambda: orders(*Y25, agg="count(*)", cond="o.order_type = 'package_8'"),
        "mh34": lambda: orders(*Y25, status="refunded"),
        "mh35": lambda: per_customer(*Y25, "o.customer_id IN (SELECT customer_id FROM customers "
                                           "WHERE payer_type = '自费')"),
        "mh37": lambda: orders(*quarter(2026, 1)),
        "mh38": lambda: top_refund_rate("o.counselor_level", *ALL, "o.order_type IN ('package_4', 'package_8')"),
        "mh39": lambda: orders(*quarter(2026, 2), agg="avg(o.amount)", cond="o.order_type = 'single_session'"),
        "mh40": lambda: orders(*quarter(2025, 4), agg="avg(o.amount)", cond="o.order_type = 'single_session'"),
        "mh41": lambda: sessions_per_customer(*Y25),
        # ---- customers and extra columns
        "mh43": lambda: customers_share("c.payer_type = '企业EAP'"),
        "mh44": lambda: customers_share("c.concern_type_en = 'anxiety'"),
        "mh45": lambda: top_customers("c.age_band"),
        "mh46": lambda: share_orders(*Y25, "o.order_type = 'package_8'", "o.order_type IN ('package_4', 'package_8')"),
        "mh47": lambda: top_eight_share(*Y25, "c.concern_type"),
        "mh48": intake_never_first,
        "mh49": lambda: top_events([FIRST], *Y25, "c.city_en"),
        "mh50": lambda: share_events(FIRST, *Y25, "e.session_mode = 'video'"),
        "mh51": lambda: events_at([FIRST], *Y25, "e.counselor_years >= 10"),
        # ---- feedback
        "mh53": lambda: topic_count(LAG, ["video_lag"]),
        "mh54": lambda: top_topic("f.device", LAG, gap=2.0),
        "mh55": lambda: topic_count(EVENING, ["evening_slots"]),
        "mh56": lambda: topic_count(EVENING, ["evening_slots"], "c.concern_type_en = 'career'", join=JC),
        "mh57": lambda: topic_count(PRIVACY, ["privacy"]),
        "mh58": lambda: top_topic("c.payer_type", PRIVACY, gap=2.0, join=JC),
        "mh59": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 4))),
        "mh60": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 3))),
        "mh61": lambda: top_rating("f.touchpoint_id", gap=0.15, min_n=30),
        "mh62": lambda: fb_avg("f.rating", f"f.touchpoint_id = '{FIRST}' AND {_in('f.ts', *Y25)}"),
        "mh63": lambda: top_rating("f.counselor_id", gap=0.1, highest=True, min_n=30),
        "mh64": lambda: top_topic("f.counselor_level", NOTFIT),
        "mh65": lambda: nps(f"f.touchpoint_id = 'tp_package_done' AND {_in('f.ts', *Y25)}"),
        "mh66": lambda: fb_count("f.ts IS NULL"),
        "mh67": lambda: topic_count(PRICE, ["price_high"], _in("f.ts", *quarter(2026, 2))),
        "mh68": lambda: topic_count(PRICE, ["price_high"], _in("f.ts", *quarter(2026, 1))),
        "mh70": lambda: fb_avg("f.rating", f"f.device = 'android' AND f.session_mode = 'video' AND "
                                           f"f.touchpoint_id IN ('{FIRST}', '{SESS}') AND "
                                           f"{_in('f.ts', '2025-12-01', '2026-02-28')}"),
        # ---- why-questions
        "mh71": lambda: feedback_ids("t.topic = 'video_lag'"),
        "mh72": lambda: feedback_ids("t.topic = 'evening_slots'"),
        "mh73": lambda: feedback_ids("t.topic = 'price_high'"),
        "mh74": lambda: feedback_ids("t.topic = 'privacy'"),
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
    n_zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items: {n_zh} zh / {len(items) - n_zh} en;",
          {s: sum(it['expect']['status'] == s for it in items) for s in ("ok", "unsupported", "clarify")},
          "follow-ups:", sum("follow_up_of" in it for it in items))
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
