"""Gold answers for the containerdepot (港箱 BoxHarbor) held-out batch, from plain DuckDB SQL over the raw CSVs written
by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events.csv holds 27 exact duplicate gate rows (the yard system re-sent some EDI gate messages with the same
  event_id); they are loaded once (DATA.md), so every count here is over distinct rows.
- A customer is an account (customer_id). segment = shipping_line / forwarder / box_buyer. account_status is the
  state at the end of the data (2026-06-30): forwarders active / new (account opened in the last 120 days) / dormant
  (no pickup booking in the last 90 days) / prospect (registered, never opened); buyers customer / prospect; lines
  active. "Forwarders" = segment forwarder; "users / accounts / customers" in a funnel = distinct customer_id.
- A depot is events.depot (orders.depot, feedback.depot): Ningbo, Yantian (Shenzhen Yantian), Busan, Laem Chabang.
  Line boxes carry the line's code in `line` (POL = Pacific Orient Lines).
- Funnels follow DATA.md: an account reaches step k when it has an event at step k's touchpoint after reaching step
  k-1, within the journey's window_days from its first step-1 event in the period. Every rate is read twice, with
  later steps allowed after the period end and with every step inside the period; the value is the first reading
  and the tolerance covers both (at least 0.01). A funnel for a depot or segment filters the accounts (forwarders by
  home_depot). "Where do we lose the most" = the step with the most accounts that reached it and not the next one.
- A/B test = experiments `gate_appointment` (walk_in = control, online_slot = book a gate time slot online),
  assigned 2025-09-01 to Ningbo and Yantian forwarders, test window 2025-09-01 .. 2025-11-30. Per variant: the
  empty_pickup funnel (pickup booking -> release check -> gate-out within 3 days) over the test window for its
  accounts; truck waiting time = truck_wait_min on tp_gate_out rows of its accounts in the window.
- Yard operations are events: a gate-in (tp_gate_in) is an empty returned to a line's stock; every gate-in gets a
  damage survey (tp_damage_survey, damage_found yes/no); damaged boxes get a repair estimate (tp_repair_estimate,
  repair_cost_usd), the line's approval (tp_estimate_approval, approval_hours, approval_result) and the repair
  (tp_repair_done, repair_days = days from approval to repair). Reefers get a PTI (tp_reefer_pti, pti_result pass /
  fail; a failed unit is tested again, every attempt is a row; "PTI failure rate" = failed rows / PTI rows).
  Storage: storage_days / free_days / overrun_days on tp_gate_out (the box's dwell before the pickup). Truck waiting
  time = truck_wait_min on tp_gate_out. "Empties picked up" = tp_gate_out rows; one-way lease pickups and drop-offs
  are tp_lease_pickup / tp_lease_dropoff. Counts of boxes are rows (one box per row) unless `units` is asked for.
- Money = orders with status `paid`, amount in USD (handling and storage invoices are issued in local currency;
  amount is the USD value), dated by orders.ts (invoice date). Unpaid, disputed and cancelled invoices are not
  revenue; a dispute upheld in part cancels the invoice and re-issues a smaller one (reissue_of).
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table).
  Complaint / praise topic counts use text markers with a 5 % tolerance, checked to equal the truth topic. A period
  filter keeps dated rows only. NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value (quarterly survey).
  Ratings 1-5.
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
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP', 'first_contact_at': 'TIMESTAMP'}})""")
    n_raw = CON.execute(f"SELECT count(*) FROM read_csv_auto('{data / 'events.csv'}', header=true)").fetchone()[0]
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, sample_size=-1, all_varchar=true)""")
    nums = ["truck_wait_min", "storage_days", "free_days", "overrun_days", "build_year", "repair_cost_usd",
            "approval_hours", "repair_days", "units", "quote_usd", "dropoff_fee_usd", "resolution_days", "wait_sec"]
    CON.execute("CREATE OR REPLACE TABLE events AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts, "
                + ", ".join(f"try_cast({c} AS DOUBLE) AS {c}" for c in nums) + ") FROM events")
    print("events: raw rows", n_raw, "distinct", one("SELECT count(*) FROM events"))
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'amount_local': 'DOUBLE',
                    'paid_at': 'TIMESTAMP', 'units': 'DOUBLE', 'line': 'VARCHAR', 'lane': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'touchpoint_id': 'VARCHAR', 'line': 'VARCHAR', 'depot': 'VARCHAR'}})""")
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
    assert one("SELECT min(ts) FROM events") >= one("SELECT TIMESTAMP '2024-09-01'")
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


def span(vals, floor=0.01, digits=4, rel=0.0):
    """value = the first reading; the tolerance covers every other reading."""
    a = float(vals[0])
    dev = max(abs(float(v) - a) for v in vals)
    fl = max(floor, abs(a) * rel)
    return dict(value=round(a, digits), tolerance=round(max(fl, dev + 0.005 if dev > 0 else fl), digits))


def top_group(sql, gap=1.1, lowest=False):
    rows = [r for r in q(sql) if r[0] is not None]
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


def readings(journey, start, end, upto=None, **kw) -> list[float]:
    steps, window = _journey(journey)
    out = []
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        k = len(c) - 1 if upto is None else upto
        out.append(c[k] / c[0])
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


EXP_WIN = ("2025-09-01", "2025-11-30")
VARIANTS = ("walk_in", "online_slot")


def _variant(v):
    return f"""c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'gate_appointment'
               AND variant = '{v}')"""


def exp_rates(journey):
    return {v: readings(journey, *EXP_WIN, cust_cond=_variant(v)) for v in VARIANTS}


def experiment_top(journey):
    r = exp_rates(journey)
    for i in range(2):
        assert abs(r[VARIANTS[0]][i] - r[VARIANTS[1]][i]) > 0.08, r
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


def ev_sum(tp, col, start, end, cond="1=1"):
    return num(one(f"""SELECT sum({col}) FROM events e LEFT JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""), rel=0.0)


def ev_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.1):
    v = one(f"""SELECT avg({col}) FROM events e LEFT JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return num(v, rel=rel, floor=floor)


def ev_share(tp, num_, start, end, cond="1=1", tol=0.01):
    return rate(one(f"""SELECT avg(({num_})::int) FROM events e LEFT JOIN customers c USING (customer_id)
                        WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""), tol)


def top_ev_value(tp, col, start, end, cond="1=1", gap=1.1, agg="count(*)", lowest=False):
    return top_group(f"""SELECT {col}, {agg} FROM events e LEFT JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})
                         GROUP BY 1""", gap=gap, lowest=lowest)


def exp_wait(variant):
    return ev_avg("tp_gate_out", "e.truck_wait_min", *EXP_WIN, cond=_variant(variant), rel=0.01, floor=0.5)


# ---------- orders ----------

def orders(start, end, cond="1=1", agg="sum(o.amount)", rel=0.002):
    v = one(f"""SELECT {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return num(v, rel=rel, floor=0.5)


def order_share(num_, start, end, cond="1=1"):
    return rate(one(f"""SELECT sum(CASE WHEN {num_} THEN o.amount ELSE 0 END) / sum(o.amount)
                        FROM orders o LEFT JOIN customers c USING (customer_id)
                        WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))


def top_orders(col, start, end, cond="1=1", gap=1.1, agg="sum(o.amount)"):
    return top_group(f"""SELECT {col}, {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                         WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1""", gap=gap)


# ---------- customers ----------

def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


# ---------- feedback ----------

MARK = {
    "gate_queue": "(f.text LIKE '%排队%' OR lower(f.text) LIKE '%queue%')",
    "no_box": "(f.text LIKE '%没箱%' OR lower(f.text) LIKE '%no empties%')",
    "appt_praise": "(f.text LIKE '%预约%' OR lower(f.text) LIKE '%appointment%')",
    "free_time": "(f.text LIKE '%免费期%' OR lower(f.text) LIKE '%free time%')",
    "damage_charge": "(f.text LIKE '%残损费%' OR lower(f.text) LIKE '%damage charge%')",
    "estimate_high": "(f.text LIKE '%修箱报价%' OR lower(f.text) LIKE '%repair estimate%')",
    "repair_slow": "(f.text LIKE '%修箱太慢%' OR lower(f.text) LIKE '%repair backlog%')",
    "reefer_pti": "(f.text LIKE '%PTI%')",
    "box_leak": "(f.text LIKE '%漏水%' OR lower(f.text) LIKE '%leak%')",
    "dropoff_fee": "(f.text LIKE '%还箱费%' OR lower(f.text) LIKE '%drop-off fee%')",
    "billing_error": "(f.text LIKE '%账单有误%' OR lower(f.text) LIKE '%billing error%')",
    "staff_praise": "(f.text LIKE '%服务态度%' OR lower(f.text) LIKE '%helpful%')",
    "box_good": "(f.text LIKE '%箱况很好%' OR lower(f.text) LIKE '%good condition%')",
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


def top_neg_topic(extra="1=1", gap=1.3):
    """the biggest complaint topic (truth), for questions that ask what people complain about most."""
    rows = q(f"""SELECT t.topic, count(*) n FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {NEG} AND {extra} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return rows[0][0]


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


GOLD: dict = {}


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


# ---------- the batch ----------

ALL = ("2024-09-01", LAST)
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", LAST)


H2_25 = ("2025-07-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
Q = quarter
SINCE_CUT = ("2025-07-01", LAST)
POL_APPR = ("2025-04-01", "2025-12-31")
SINCE_SHORT = ("2025-05-01", LAST)
LCB, YTN, BUS, NGB = "'Laem Chabang'", "'Yantian'", "'Busan'", "'Ningbo'"


def lease_signed_share(start, end, dropoff):
    """share of one-way lease quotes (dropoff depot, quote date in the period) that were signed; read by quote
    number and as signed rows / quote rows in the period."""
    by_no = one(f"""SELECT avg((lease_no IN (SELECT lease_no FROM events WHERE touchpoint_id = 'tp_lease_signed'))::int)
                    FROM events e WHERE touchpoint_id = 'tp_lease_quote' AND dropoff_depot = {dropoff}
                    AND {_in('e.ts', start, end)}""")
    rows = one(f"""SELECT (SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_lease_signed'
                           AND dropoff_depot = {dropoff} AND {_in('e.ts', start, end)})
                        / (SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_lease_quote'
                           AND dropoff_depot = {dropoff} AND {_in('e.ts', start, end)})""")
    return span([by_no, rows])


def gold() -> dict:
    fw = "c.segment = 'forwarder'"
    return {
        # ---- funnels and the A/B test
        "cd01": lambda: experiment_top("empty_pickup"),
        "cd02": lambda: experiment_value("empty_pickup", "walk_in"),
        "cd03": lambda: exp_wait("online_slot"),
        "cd04": lambda: exp_wait("walk_in"),
        "cd05": lambda: conv("empty_pickup", *Y25),
        "cd06": lambda: top_lost("empty_pickup", *Y25),
        "cd07": lambda: conv("empty_pickup", *H1_26, cust_cond=f"c.home_depot = {YTN}"),
        "cd08": lambda: conv("empty_pickup", *Y25, cust_cond=f"c.home_depot = {YTN}"),
        "cd09": lambda: conv("onboarding", *ALL),
        "cd10": lambda: conv("onboarding", *ALL, cust_cond=f"c.home_depot = {LCB}"),
        "cd11": lambda: conv("one_way_lease", *Y25),
        "cd12": lambda: conv("one_way_lease", *H1_26),
        "cd13": lambda: conv("box_sale", *ALL),
        "cd14": lambda: top_lost("box_sale", *ALL),
        "cd15": lambda: ev_count("tp_invoice_dispute", *H2_25),
        # ---- yard operations
        "cd16": lambda: ev_avg("tp_estimate_approval", "e.approval_hours", *POL_APPR, cond="e.line = 'POL'"),
        "cd17": lambda: ev_avg("tp_estimate_approval", "e.approval_hours", *POL_APPR, cond="e.line <> 'POL'"),
        "cd18": lambda: top_ev_value("tp_release_check", "e.line", *SINCE_SHORT, agg="avg((e.action = 'fail')::int)",
                                     gap=2.0),
        "cd19": lambda: ev_count("tp_release_check", *SINCE_SHORT, cond="e.line = 'POL' AND e.fail_reason = 'no_stock'"),
        "cd20": lambda: ev_avg("tp_repair_done", "e.repair_days", *Q(2026, 1), cond=f"e.depot = {BUS}"),
        "cd21": lambda: ev_avg("tp_repair_done", "e.repair_days", *Q(2025, 4), cond=f"e.depot = {BUS}", floor=0.05),
        "cd22": lambda: ev_share("tp_reefer_pti", "e.pti_result = 'fail'", "2025-03-01", "2025-05-31",
                                 cond=f"e.depot = {LCB}"),
        "cd23": lambda: ev_share("tp_reefer_pti", "e.pti_result = 'fail'", "2026-03-01", "2026-05-31",
                                 cond=f"e.depot = {LCB}"),
        "cd24": lambda: top_ev_value("tp_reefer_pti", "e.depot", *H1_25, agg="avg((e.pti_result = 'fail')::int)",
                                     gap=1.3),
        "cd25": lambda: ev_share("tp_damage_survey", "e.damage_found = 'yes'", *Y25),
        "cd26": lambda: top_ev_value("tp_damage_survey", "e.damage_type", *Y25, cond="e.damage_found = 'yes'",
                                     gap=1.5),
        "cd27": lambda: ev_count("tp_gate_in", *month(2026, 3), cond=f"e.depot = {NGB}"),
        "cd28": lambda: ev_count("tp_gate_out", *month(2026, 5), cond=f"e.depot = {NGB}"),
        "cd29": lambda: ev_avg("tp_gate_out", "e.truck_wait_min", *Q(2026, 2), cond=f"e.depot = {YTN}", floor=0.5),
        "cd30": lambda: ev_avg("tp_gate_out", "e.truck_wait_min", *Q(2025, 2), cond=f"e.depot = {YTN}", floor=0.5),
        "cd31": lambda: ev_share("tp_gate_out", "e.overrun_days > 0", *SINCE_CUT, cond=f"e.depot = {YTN}"),
        "cd32": lambda: ev_share("tp_gate_out", "e.overrun_days > 0", *H1_25, cond=f"e.depot = {YTN}"),
        "cd33": lambda: top_ev_value("tp_gate_out", "e.line", *H2_25, agg="avg(e.storage_days)", gap=1.2),
        "cd34": lambda: ev_count("tp_estimate_approval", *Y25, cond="e.approval_result = 'rejected'"),
        "cd35": lambda: ev_avg("tp_repair_estimate", "e.repair_cost_usd", *Q(2026, 1), floor=0.5),
        "cd36": lambda: top_ev_value("tp_hotline", "e.call_topic", *Q(2025, 3), gap=1.3),
        "cd37": lambda: ev_share("tp_portal", "e.device IN ('ios', 'android')", *H1_26),
        # ---- leases and box sales
        "cd38": lambda: top_ev_value("tp_lease_quote", "e.lane", *Y25, gap=1.2),
        "cd39": lambda: lease_signed_share(*H1_26, LCB),
        "cd40": lambda: lease_signed_share(*Y25, LCB),
        "cd41": lambda: ev_sum("tp_sale_paid", "e.units", *Y25),
        "cd42": lambda: top_ev_value("tp_sale_paid", "e.depot", *ALL, agg="sum(e.units)", gap=1.1),
        "cd43": lambda: ev_avg("tp_sale_paid", "e.quote_usd", *Q(2026, 2),
                               cond="e.size_type = '20GP' AND e.box_grade = 'cargo_worthy'", rel=0.005),
        "cd44": lambda: ev_avg("tp_sale_paid", "e.quote_usd", *Q(2024, 4),
                               cond="e.size_type = '20GP' AND e.box_grade = 'cargo_worthy'", rel=0.005),
        # ---- money
        "cd45": lambda: orders(*Y25),
        "cd46": lambda: orders(*Y25, cond="o.order_type = 'box_sale'"),
        "cd47": lambda: top_orders("o.customer_id", *Y25, gap=1.5),
        "cd48": lambda: orders(*Y25, agg="sum(o.amount_local)", cond=f"o.order_type = 'handling' AND o.depot = {BUS}"),
        "cd49": lambda: count(one("SELECT count(*) FROM orders WHERE status = 'disputed'")),
        # ---- feedback
        "cd50": lambda: topic_count("gate_queue"),
        "cd51": lambda: topic_count("gate_queue", _in("f.ts", *H1_26)),
        "cd52": lambda: topic_count("no_box"),
        "cd53": lambda: topic_count("free_time"),
        "cd54": lambda: topic_count("damage_charge"),
        "cd55": lambda: topic_count("box_leak"),
        "cd56": lambda: topic_top("box_leak", "f.depot", gap=2.0),
        "cd57": lambda: topic_count("appt_praise"),
        "cd58": lambda: fb_ratio(NEG, _in("f.ts", *Q(2025, 4))),
        "cd59": lambda: fb_ratio(NEG, _in("f.ts", *Q(2026, 2))),
        "cd60": lambda: nps(_in("f.ts", *Y25)),
        "cd61": lambda: nps(f"f.segment = 'shipping_line' AND {_in('f.ts', *Y25)}"),
        "cd62": lambda: fb_avg("f.rating", f"f.touchpoint_id = 'tp_survey' AND f.segment = 'forwarder' AND "
                                           f"{_in('f.ts', *Y25)}"),
        "cd63": lambda: fb_count("f.ts IS NULL"),
        "cd64": lambda: fb_ids("t.topic = 'reefer_pti'"),
        "cd65": lambda: topic_count("dropoff_fee"),
        # ---- accounts
        "cd66": lambda: cust_count(f"{fw} AND c.account_status = 'dormant'"),
        "cd67": lambda: cust_count("c.segment = 'shipping_line'"),
        "cd68": lambda: cust_count(f"{fw} AND {_in('c.signup_at', *Y25)}"),
        # ---- disputes
        "cd69": lambda: ev_avg("tp_dispute_resolved", "e.resolution_days", *ALL, cond="e.dispute_reason = 'free_time'"),
        "cd70": lambda: ev_avg("tp_dispute_resolved", "e.resolution_days", *ALL,
                               cond="e.dispute_reason <> 'free_time'"),
    }


if __name__ == "__main__":
    raise SystemExit(main())
