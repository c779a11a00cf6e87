"""Every analysis on DuckDB and on Spark local[2], side by side, and how each grows from 1 M to 10 M events.

    python -m bench.bench_engines [--sizes medium large] [--runs 3] [--dir /tmp/journey-bench]

Uses the workspaces bench_analyses builds (demo data, cached under --dir), writes each one's
lake as `journey ingest --engine spark` does (Parquet, events partitioned by day, derived tables
computed by Spark) and runs the cases of bench_analyses on a DuckDB gateway (2 threads) and on
a SparkEngine with a local[2] master (a JVM in this process, 2 GB driver) reading the Parquet
lake (not cached in memory). Spark is expected to be slower on one machine; the point is the
honest figure and the growth. Writes bench/results/engines.json after each size and prints a
table; `--warmup 0` makes each case's first (cold) call one of the measured runs.
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path
from typing import Any

from bench.bench_analyses import EVENTS, build_workspace, cases
from bench.common import peak_rss_mb, print_table, time_call, write_results


def run_size(size: str, root: Path, runs: int, seed: int, spark: Any, warmup: int = 1) -> dict[str, Any]:
    """Both engines on one workspace size; the Spark session is shared across sizes."""
    from knowledge.engines.config import EngineConfig
    from knowledge.engines.spark import SparkEngine, export_lake
    from knowledge.gateway import Gateway
    from knowledge.semantic.layer import load_semantic_layer
    from knowledge.workspace import Workspace

    db, _origin, _ = build_workspace(size, root, seed)
    ws = Workspace(db.parent)
    t0 = time.perf_counter()
    tables = export_lake(ws, EngineConfig("spark", master="local[2]"), session=spark)
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
                row[label] = round(time_call(fn, runs=runs, warmup=warmup)["median_s"], 3)
            except Exception as exc:  # a failing case is reported, not hidden
                row[label] = f"error: {type(exc).__name__}: {str(exc)[:80]}"
        out.append(row)
        print(f"  {size} {name}: duckdb {row['duckdb']} s, spark {row['spark']} s", flush=True)
    duck.close()
    eng.close()
    return {"size": size, "events": EVENTS[size], "lake_export_s": round(lake_s, 1), "context": context,
            "cases": out, "load_avg_1m": os.getloadavg()[0], "peak_rss_mb": round(peak_rss_mb(), 1)}


def _merged(sizes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """This run's sizes plus those of an earlier run that this one did not measure (sizes may be
    run one per process: the 10 M run is long)."""
    import json

    from bench.common import RESULTS_DIR
    path = RESULTS_DIR / "engines.json"
    earlier = json.loads(path.read_text(encoding="utf-8")).get("sizes", []) if path.exists() else []
    done = {s["size"] for s in sizes}
    order = list(EVENTS)
    return sorted([s for s in earlier if s["size"] not in done] + sizes, key=lambda s: order.index(s["size"]))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sizes", nargs="+", default=["medium", "large"], choices=list(EVENTS))
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--dir", type=Path, default=Path(os.environ.get("JOURNEY_BENCH_DIR", "/tmp/journey-bench")))
    args = p.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    from pyspark.sql import SparkSession
    spark = (SparkSession.builder.master("local[2]").appName("journey-bench").config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.driver.memory", "2g").config("spark.sql.shuffle.partitions", "4").getOrCreate())
    sizes = []
    try:
        for size in args.sizes:
            r = run_size(size, args.dir, args.runs, args.seed, spark, args.warmup)
            r |= {"runs": args.runs, "warmup": args.warmup}
            sizes.append(r)
            write_results("engines", {"sizes": _merged(sizes)})
            print(f"\n{size}: {r['events']:,} events, lake export {r['lake_export_s']} s, load avg {r['load_avg_1m']:.1f}")
            print_table(["case", "duckdb_s", "spark_s"], [[c["case"], c["duckdb"], c["spark"]] for c in r["cases"]])
    finally:
        spark.stop()
    path = write_results("engines", {"sizes": _merged(sizes)})
    print(f"wrote {path}")
    if len(sizes) > 1:  # how each engine's time grows from the smallest size to the largest
        lo, hi = sizes[0], sizes[-1]
        grow = []
        for a, b in zip(lo["cases"], hi["cases"]):
            grow.append([a["case"]] + [f"{b[e] / a[e]:.1f}x" if isinstance(a[e], float) and isinstance(b[e], float)
                                       and a[e] > 0 else "-" for e in ("duckdb", "spark")])
        print(f"\ngrowth {lo['size']} -> {hi['size']}")
        print_table(["case", "duckdb", "spark"], grow)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
