"""Shared benchmark helpers: warm medians, peak RSS, JSON results, a synthetic workspace."""
from __future__ import annotations

import json
import resource
import statistics
import time
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable

import duckdb

from knowledge.tables import TABLES

RESULTS_DIR = Path(__file__).resolve().parent / "results"


def time_call(fn: Callable[[], Any], *, runs: int = 5, warmup: int = 1) -> dict[str, float]:
    """Median/min/max wall seconds of fn over `runs` warm calls (after `warmup` calls)."""
    for _ in range(warmup):
        fn()
    samples, cpu = [], []
    for _ in range(runs):
        c0, t0 = time.process_time(), time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    # CPU seconds of all threads: on a shared, overloaded machine wall time is inflated by
    # waiting for a core, CPU time is not (wall on an idle 2-core box is about cpu / 1..2)
    return {"median_s": statistics.median(samples), "min_s": min(samples), "max_s": max(samples),
            "median_cpu_s": statistics.median(cpu), "runs": runs}


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_results(name: str, payload: dict[str, Any]) -> Path:
    """Write bench/results/<name>.json with a timestamp and return its path."""
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    payload = {"written_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), **payload}
    path = RESULTS_DIR / f"{name}.json"
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    return path


def print_table(columns: list[str], rows: list[list[Any]]) -> None:
    """A plain fixed-width table on stdout."""
    cells = [[str(c) for c in columns]] + [[f"{v:.3f}" if isinstance(v, float) else str(v) for v in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(columns))]
    for i, r in enumerate(cells):
        print("  ".join(v.ljust(w) for v, w in zip(r, widths)))
        if i == 0:
            print("  ".join("-" * w for w in widths))


SYNTH_START = date(2026, 8, 1)
SYNTH_DAYS = 92


def synthetic_workspace(db_path: Path, n_events: int, *, seed: int = 7, threads: int = 2) -> Path:
    """Write a DuckDB file in the knowledge.tables schema with ~n_events events (sorted by ts).

    Sessions of five events mostly walk the purchase journey tp_01..tp_05 with drop-off,
    so funnels, paths and exits have realistic shapes; orders and an A/B test ride along.
    """
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    if db_path.exists():
        db_path.unlink()
    n_sessions = max(n_events // 5, 1)
    n_customers = max(n_events // 10, 1)
    con = duckdb.connect(str(db_path), config={"threads": threads})
    con.execute("SET enable_progress_bar = false")
    try:
        con.execute(f"SELECT setseed({(seed % 1000) / 1000})")
        for t in TABLES.values():
            con.execute(t.ddl())
        stages = ["awareness"] * 4 + ["consideration"] * 4 + ["purchase"] * 4 + ["service"] * 4 + ["loyalty"] * 4
        con.executemany("INSERT INTO touchpoints (touchpoint_id, name, name_en, stage, channel, position) "
                        "VALUES (?, ?, ?, ?, 'web', ?)",
                        [[f"tp_{i:02d}", f"Touchpoint {i}", f"Touchpoint {i}", stages[i - 1], i] for i in range(1, 21)])
        journeys = [("purchase", "Purchase", [1, 2, 3, 4, 5]), ("signup", "Sign-up", [6, 7, 8, 9]),
                    ("service", "Service", [10, 11, 12])]
        con.executemany("INSERT INTO journeys (journey_id, journey_name, step, touchpoint_id, window_days) "
                        "VALUES (?, ?, ?, ?, 7)",
                        [[j, n, k + 1, f"tp_{tp:02d}"] for j, n, tps in journeys for k, tp in enumerate(tps)])
        con.execute(f"""INSERT INTO customers (customer_id, signup_at, segment, region, tier)
            SELECT 'c' || lpad(CAST(i AS VARCHAR), 8, '0'), TIMESTAMP '2026-01-01' + INTERVAL (i % 200) DAY,
                   ['new', 'returning', 'vip', 'at_risk'][1 + i % 4], ['north', 'south', 'east', 'west'][1 + (i // 4) % 4],
                   ['gold', 'silver', 'bronze'][1 + i % 3]
            FROM range({n_customers}) r(i)""")
        # session s: customer, start time, journey walk; event k of the session follows the
        # purchase path with a chance of leaving the path (and the path), giving drop-off
        con.execute(f"""INSERT INTO events (customer_id, ts, touchpoint_id, event_id, session_id, action, device, channel)
            WITH s AS (
              SELECT i AS sid, CAST(random() * {n_customers} AS BIGINT) AS cid,
                     TIMESTAMP '{SYNTH_START}' + to_seconds(CAST(random() * {SYNTH_DAYS} * 86400 AS BIGINT)) AS t0,
                     CASE WHEN random() < 0.6 THEN 0 WHEN random() < 0.5 THEN 5 ELSE 9 END AS base,
                     ['web', 'app', 'mini_program'][1 + CAST(floor(random() * 3) AS INT)] AS ch
              FROM range({n_sessions}) r(i)),
            ev AS (
              SELECT s.*, k, random() AS u, random() AS v FROM s, range(5) k(k))
            SELECT 'c' || lpad(CAST(cid AS VARCHAR), 8, '0'),
                   t0 + to_seconds(CAST(k * (30 + v * 240) AS BIGINT)),
                   CASE WHEN u < 0.75 THEN 'tp_' || lpad(CAST(1 + (base + k) % 20 AS VARCHAR), 2, '0')
                        ELSE 'tp_' || lpad(CAST(1 + CAST(floor(v * 20) AS INT) AS VARCHAR), 2, '0') END,
                   'e' || CAST(sid * 5 + k AS VARCHAR), 's' || CAST(sid AS VARCHAR),
                   'view', ['ios', 'android', 'pc'][1 + cid % 3], ch
            FROM ev ORDER BY 2""")
        con.execute(f"""INSERT INTO orders (order_id, customer_id, ts, amount, status, channel, device)
            SELECT 'o' || CAST(i AS VARCHAR), 'c' || lpad(CAST(CAST(random() * {n_customers} AS BIGINT) AS VARCHAR), 8, '0'),
                   TIMESTAMP '{SYNTH_START}' + to_seconds(CAST(random() * {SYNTH_DAYS} * 86400 AS BIGINT)),
                   round(10 + random() * 200, 2), CASE WHEN random() < 0.9 THEN 'paid' ELSE 'refunded' END,
                   'web', 'pc'
            FROM range({max(n_events // 50, 1)}) r(i) ORDER BY 3""")
        con.execute(f"""INSERT INTO experiments (experiment_id, variant, customer_id, assigned_at)
            SELECT 'exp_checkout', CASE WHEN (i // 10) % 2 = 0 THEN 'control' ELSE 'treatment' END,
                   'c' || lpad(CAST(i AS VARCHAR), 8, '0'), TIMESTAMP '{SYNTH_START}' + INTERVAL (i % 30) DAY
            FROM range(0, {n_customers}, 10) r(i)""")
        from knowledge.derived import refresh_derived
        refresh_derived(con)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return db_path
