"""Ingestion throughput: generate N events (+ touchpoints, customers) as CSV, time ingest_folder.

    python bench/bench_ingest.py --events 1000000 --runs 5 [--format parquet]
    python bench/bench_ingest.py --demo large --runs 3 [--format csv|parquet]
Prints one JSON line and merges it into bench/results/ingest.json (keyed by event count, plus
":parquet" for Parquet input, or "demo-large:csv|parquet"). `cpu_s` is robust on a shared machine;
`events_per_cpu_s_x2` is the rate two fully available cores would give (events / (CPU seconds / 2)).
With --demo the whole demo folder is loaded (events, orders, customers, feedback, ...) as written by
`journey demo` (events and orders Parquet with typed columns; --format csv writes those two as
CSV instead), derived tables included, feedback enrichment and indexing not (bench_index_corpus).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from knowledge.ingest import ingest_folder  # noqa: E402
from knowledge.workspace import Workspace  # noqa: E402

N_TOUCHPOINTS = 20
STAGES = ("awareness", "consideration", "purchase", "service", "loyalty")


def generate(folder: Path, n_events: int) -> dict[str, int]:
    """Write events.csv, touchpoints.csv and customers.csv with DuckDB COPY from range()."""
    folder.mkdir(parents=True, exist_ok=True)
    n_customers = max(n_events // 10, 1)
    con = duckdb.connect()
    stages = "[" + ", ".join(f"'{s}'" for s in STAGES) + "]"
    con.execute(f"""COPY (SELECT 'tp_' || i AS touchpoint_id, '触点 ' || i AS name, 'Touchpoint ' || i AS name_en,
        {stages}[1 + i % 5] AS stage, 'app' AS channel FROM range({N_TOUCHPOINTS}) t(i))
        TO '{folder / "touchpoints.csv"}' (HEADER)""")
    con.execute(f"""COPY (SELECT 'c' || i AS customer_id,
        strftime(TIMESTAMP '2026-01-01' + to_seconds(i % 20000000), '%Y-%m-%dT%H:%M:%S') AS signup_at,
        ['new', 'returning', 'vip', 'at_risk'][1 + i % 4] AS segment FROM range({n_customers}) t(i))
        TO '{folder / "customers.csv"}' (HEADER)""")
    con.execute(f"""COPY (SELECT 'e' || i AS event_id, 'c' || (i * 7919 % {n_customers}) AS customer_id,
        strftime(TIMESTAMP '2026-09-01' + to_seconds(i * 3 % 5000000), '%Y-%m-%dT%H:%M:%S') AS ts,
        'tp_' || (i % {N_TOUCHPOINTS}) AS touchpoint_id, 's' || (i // 5) AS session_id,
        ['view', 'click', 'submit', 'success', 'fail'][1 + i % 5] AS action,
        ['ios', 'android', 'pc'][1 + i % 3] AS device, 'app' AS channel FROM range({n_events}) t(i))
        TO '{folder / "events.csv"}' (HEADER)""")
    con.close()
    return {"events": n_events, "customers": n_customers, "touchpoints": N_TOUCHPOINTS}


def to_parquet(folder: Path, out: Path) -> None:
    """The same files as Parquet (text columns, as a lake export would give them)."""
    out.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    for name in ("touchpoints", "customers", "events"):
        con.execute(f"COPY (SELECT * FROM read_csv('{folder / (name + '.csv')}', all_varchar=true)) "
                    f"TO '{out / (name + '.parquet')}' (FORMAT parquet)")
    con.close()


def demo_folder(size: str, folder: Path, fmt: str) -> int:
    """The demo company of that size; with fmt csv its Parquet tables rewritten as CSV. Returns the events."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from knowledge.demo.generator import generate_dataset
    from knowledge.demo.writer import write_table
    manifest = generate_dataset(folder, size=size)
    if fmt == "csv":
        for path in list(folder.glob("*.parquet")):
            table = pq.read_table(path)
            # Parquet stores seconds as milliseconds: back to seconds, as the demo's CSV writer has them
            for i, field in enumerate(table.schema):
                if pa.types.is_timestamp(field.type):
                    table = table.set_column(i, field.name, table.column(i).cast(pa.timestamp("s")))
            write_table(table, folder, path.stem, "csv")
            path.unlink()
    return manifest.rows["events"]


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def run(n_events: int, runs: int, work: Path, fmt: str = "csv", demo: str | None = None) -> dict[str, object]:
    """Generate once, ingest `runs` times into fresh workspaces; return the measurements."""
    data = work / "data"
    t0 = time.perf_counter()
    if demo:
        n_events = demo_folder(demo, data, fmt)
        sizes = {"customers": sum(1 for _ in (data / "customers.csv").open(encoding="utf-8")) - 1}
        csv_mb = sum(p.stat().st_size for p in data.iterdir()) / 1e6
    else:
        sizes = generate(data, n_events)
        csv_mb = (data / "events.csv").stat().st_size / 1e6
    if fmt == "parquet" and not demo:
        to_parquet(data, work / "parquet")
        shutil.rmtree(data)
        data = work / "parquet"
    gen_s = time.perf_counter() - t0
    loads: list[float] = []         # 1-minute load average before each run (other processes' demand)
    times: list[float] = []
    own: list[float] = []           # without refresh_derived (owned by the analyses) and enrichers
    phases: list[dict[str, float]] = []
    cpus: list[float] = []          # CPU seconds of all threads: robust when the machine is shared
    for i in range(runs):
        ws = Workspace(work / f"ws{i}")
        loads.append(round(os.getloadavg()[0], 2))
        start, cpu0 = time.perf_counter(), _cpu()
        report = ingest_folder(ws, data, progress=False)
        times.append(time.perf_counter() - start)
        cpus.append(_cpu() - cpu0)
        phases.append({k: round(v, 3) for k, v in report.phases_s.items()})
        own.append(times[-1] - report.phases_s.get("derived", 0.0) - report.phases_s.get("enrich", 0.0))
        assert report.tables["events"].added == n_events, report.to_dict()
        shutil.rmtree(ws.root)
    median = statistics.median(times)
    return {"bench": "ingest", "demo": demo, "format": fmt, "events": n_events, "load_avg_1m_before": loads,
            "input_mb": round(csv_mb, 1), "cores": os.cpu_count(), "customers": sizes["customers"], "runs": runs,
            "generate_s": round(gen_s, 2),
            "times_s": [round(t, 3) for t in times], "median_s": round(median, 3),
            "events_per_s": round(n_events / median),
            "median_without_derived_s": round(statistics.median(own), 3),
            "events_per_s_without_derived": round(n_events / statistics.median(own)),
            "cpu_s": [round(c, 2) for c in cpus],
            "events_per_cpu_s_x2": round(n_events / (statistics.median(cpus) / 2)), "phases_s": phases, "load_avg_1m": round(os.getloadavg()[0], 2), "peak_rss_mb": round(
                resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--format", choices=("csv", "parquet"), default="csv")
    ap.add_argument("--demo", choices=("small", "medium", "large"), default=None,
                    help="load the demo company of this size instead of the synthetic events")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "ingest.json")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench_ingest_") as tmp:
        result = run(args.events, args.runs, Path(tmp), args.format, args.demo)
    print(json.dumps(result))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    saved = json.loads(args.out.read_text()) if args.out.is_file() else {}
    key = f"demo-{args.demo}:{args.format}" if args.demo else str(args.events) + ("" if args.format == "csv" else ":" + args.format)
    saved[key] = result
    args.out.write_text(json.dumps(saved, indent=2) + "\n")


if __name__ == "__main__":
    main()
