"""Plain DuckDB SQL helpers for gold.py (no product code). See gold.py for the conventions."""
from __future__ import annotations

from pathlib import Path

import duckdb

CON: duckdb.DuckDBPyConnection | None = None
TRUTH: dict[str, str] = {}


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "customers", "journeys", "feedback", "experiments", "orders"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    f"all_varchar=false)")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'app_version': 'VARCHAR', 'battery_soc': 'INTEGER'}})""")
    CON.execute(f"""CREATE OR REPLACE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}',
                    header=true, types={{'ts': 'TIMESTAMP', 'app_version': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'INTEGER'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true)")


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def between(col: str, start: str, end: str) -> str:
    """inclusive calendar dates"""
    return f"{col} >= TIMESTAMP '{start}' AND {col} < TIMESTAMP '{end}' + INTERVAL 1 DAY"


def month(y: int, m: int) -> tuple[str, str]:
    import calendar
    return f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def quarter(y: int, k: int) -> tuple[str, str]:
    return month(y, 3 * k - 2)[0], month(y, 3 * k)[1]


ALL = ("2025-01-01", "2026-06-30")


# ---------------------------------------------------------------- funnels (DATA.md rule)

def steps_of(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey: str, start: str, end: str, cond: str = "1=1", bounded: bool = False) -> list[int]:
    """Counts of customers reaching each step. Step 1 = first step-1 event in the period (per customer);
    step k = an event at step k's touchpoint after the step k-1 time, within window days of that first step-1 event.
    cond filters customers (alias c) or the step-1 event (alias e1). bounded: later steps must also fall in the
    period."""
    steps, window = steps_of(journey)
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS
        SELECT e1.customer_id, min(e1.ts) AS t1, min(e1.ts) AS t
        FROM events e1 JOIN customers c USING (customer_id)
        WHERE e1.touchpoint_id = '{steps[0]}' AND {between('e1.ts', start, end)} AND ({cond})
        GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    lim = f" AND e.ts < TIMESTAMP '{end}' + INTERVAL 1 DAY" if bounded else ""
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS
            SELECT r.customer_id, r.t1, min(e.ts) AS t FROM r{k - 1} r JOIN events e
              ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}' AND e.ts > r.t
             AND e.ts <= r.t1 + INTERVAL {window} DAY {lim}
            GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, a=1, b=None, cond="1=1"):
    """rate step b / step a; tolerance covers the reading with later steps cut at the period end"""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded)
        bb = b or len(c)
        vals.append(c[bb - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def reached(journey, start, end, k, cond="1=1"):
    vals = [funnel(journey, start, end, cond, bounded)[k - 1] for bounded in (False, True)]
    return dict(value=vals[0], tolerance=abs(vals[0] - vals[1]) + 0.5)


def top_lost(journey, start, end, cond="1=1", rate=False):
    """the step touchpoint (k, the one people reach but don't go on from) with the most customers lost to k+1"""
    steps, _ = steps_of(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded)
        lost = [(c[i] - c[i + 1]) / (c[i] if rate else 1) for i in range(len(c) - 1)]
        order = sorted(range(len(lost)), key=lambda i: -lost[i])
        assert lost[order[0]] > lost[order[1]] * 1.1, f"top step not clear: {lost}"
        tops.add(steps[order[0]])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=40, a=1, b=None, gap=0.04, cond="1=1"):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        for bounded in (False, True):
            c = funnel(journey, start, end, f"{column} = '{v}' AND ({cond})", bounded)
            if c[a - 1] >= min_n:
                rates.setdefault(v, []).append(c[(b or len(c)) - 1] / c[a - 1])
    order = sorted(rates, key=lambda v: rates[v][0], reverse=not lowest)
    for r2 in rates[order[1]]:
        for r1 in rates[order[0]]:
            assert abs(r1 - r2) > gap, f"not clear: {rates}"
    return dict(top_entity=order[0]), rates


# ---------------------------------------------------------------- feedback

def fb_count(cond: str) -> int:
    return one(f"SELECT count(*) FROM feedback f WHERE {cond}")


def markers(words: list[str]) -> str:
    return "(" + " OR ".join(f"lower(f.text) LIKE '%{w.lower()}%'" for w in words) + ")"
