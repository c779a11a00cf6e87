"""Every analysis on DuckDB and on Spark local[2], side by side, and how each grows from 1 M to 10 M events.

    python -m bench.bench_engines [--sizes medium large] [--runs 3] [--dir /tmp/journey-bench]

Uses the workspaces bench_analyses builds (demo data, cached under --dir), writes each one's
Parquet lake (events partitioned by day, as `journey ingest --engine spark` does) and runs the
cases of bench_analyses on a DuckDB gateway and on a SparkEngine with a local[2] master (a JVM
in this process, 2 GB driver). Spark is expected to be slower on one machine; the point is the
honest figure and the growth. Writes bench/results/engines.json and prints a table.
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path
from typing import Any

from bench.bench_analyses import EVENTS, build_workspace, cases
from bench.common import peak_rss_mb, print_table, time_call, write_results


def run_size(size: str, root: Path, runs: int, seed: int, spark: Any) -> dict[str, Any]:
    """Both engines on one workspace size; the Spark session is shared across sizes."""
    from knowledge.engines.config import EngineConfig
    from knowledge.engines.spark import SparkEngine, export_lake
    from knowledge.gateway import Gateway
    from knowledge.semantic.layer import load_semantic_layer
    from knowledge.workspace import Workspace

    db, _origin, _ = build_workspace(size, root, seed)
    ws = Workspace(db.parent)
    t0 = time.perf_counter()
    tables = export_lake(ws)
    lake_s = time.perf_counter() - t0
    layer = load_semantic_layer()
    duck = Gateway(db, timeout_s=600, threads=2)
    eng = SparkEngine(EngineConfig("spark", master="local[2]", tables=tables), timeout_s=3600, session=spark)
    out: list[dict[str, Any]] = []
    on_duck, context = cases(duck, layer)
    on_spark, _ = cases(eng, layer)
    for (name, fd), (_, fs) in zip(on_duck, on_spark):
        row: dict[str, Any] = {"case": name}
        for label, fn in (("duckdb", fd), ("spark", fs)):
            try:
                row[label] = time_call(fn, runs=runs)["median_s"]
            except Exception as exc:  # a failing case is reported, not hidden
                row[label] = f"error: {type(exc).__name__}: {str(exc)[:80]}"
        out.append(row)
    duck.close()
    eng.close()
    return {"size": size, "events": EVENTS[size], "lake_export_s": round(lake_s, 1), "context": context,
            "cases": out, "load_avg_1m": os.getloadavg()[0], "peak_rss_mb": round(peak_rss_mb(), 1)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sizes", nargs="+", default=["medium", "large"], choices=list(EVENTS))
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--dir", type=Path, default=Path(os.environ.get("JOURNEY_BENCH_DIR", "/tmp/journey-bench")))
    args = p.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    from pyspark.sql import SparkSession
    spark = (SparkSession.builder.master("local[2]").appName("journey-bench").config("spark.ui.enabled", "false")
             .config("spark.driver.memory", "2g").config("spark.sql.shuffle.partitions", "4").getOrCreate())
    sizes = []
    try:
        for size in args.sizes:
            r = run_size(size, args.dir, args.runs, args.seed, spark)
            sizes.append(r)
            print(f"\n{size}: {r['events']:,} events, lake export {r['lake_export_s']} s, load avg {r['load_avg_1m']:.1f}")
            print_table(["case", "duckdb_s", "spark_s"], [[c["case"], c["duckdb"], c["spark"]] for c in r["cases"]])
    finally:
        spark.stop()
    path = write_results("engines", {"runs": args.runs, "sizes": sizes})
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
