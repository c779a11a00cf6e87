"""Benchmark every analysis warm on a 1 M-event and a 10 M-event workspace.

    python -m bench.bench_analyses [--sizes medium large] [--runs 5] [--dir /tmp/journey-bench]

Each size runs in its own process (so peak RSS is per size). Workspaces come from the demo
generator + ingestion, cached under --dir; when those cannot run, a synthetic workspace in
the same schema is written instead. Targets: <= 0.1 s per analysis at 1 M, <= 1.0 s at 10 M.
Writes bench/results/analyses.json and prints a table.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any, Callable

from bench.common import RESULTS_DIR, peak_rss_mb, print_table, synthetic_workspace, time_call, write_results

TARGET_S = {"medium": 0.1, "large": 1.0}
EVENTS = {"medium": 1_000_000, "large": 10_000_000}


def build_workspace(size: str, root: Path, seed: int) -> tuple[Path, str, float]:
    """The cached workspace database for a size (demo data, else synthetic), its origin and
    the seconds refresh_derived took on it."""
    import duckdb

    from knowledge.derived import refresh_derived
    ws_root = root / f"demo_{size}"
    db = ws_root / "ws" / "journey.duckdb"
    origin = "demo"
    if not db.exists():
        try:
            from knowledge.demo.generator import generate_dataset
            from knowledge.ingest import ingest_folder
            from knowledge.workspace import Workspace
            generate_dataset(ws_root / "data", size=size, seed=seed)
            ingest_folder(Workspace(ws_root / "ws"), ws_root / "data", progress=False)
        except (ImportError, NotImplementedError) as exc:  # demo/ingest not available: synthetic data
            print(f"demo workspace unavailable ({exc}); writing synthetic events", file=sys.stderr)
            db = root / f"synthetic_{size}.duckdb"
            origin = "synthetic"
            if not db.exists():
                synthetic_workspace(db, EVENTS[size], seed=seed)
    # derived tables follow the current code even when the workspace was cached earlier
    con = duckdb.connect(str(db), config={"threads": 2})
    try:
        con.execute("SET enable_progress_bar = false")
        t0 = time.perf_counter()
        refresh_derived(con)
        con.execute("CHECKPOINT")
        refresh_s = time.perf_counter() - t0
    finally:
        con.close()
    return db, origin, refresh_s


def cases(gw: Any, layer: Any) -> tuple[list[tuple[str, Callable[[], Any]]], dict[str, Any]]:
    """(name, call) for every analysis on a realistic question, plus the context used."""
    from knowledge.analyses import anomalies, breakdown, compare, drivers, trend
    from knowledge.analyses.dropoff import step_dropoff
    from knowledge.analyses.experiment import experiment_result
    from knowledge.analyses.exits import touchpoint_exits
    from knowledge.analyses.funnel import funnel
    from knowledge.analyses.journey_common import list_journeys
    from knowledge.analyses.paths import path_transitions
    from knowledge.analyses.ratio import RatioSide, defined_ratio
    from knowledge.analyses.retention import day_n_retention, retention_cohorts
    from knowledge.results import Period

    last = gw.scalar("SELECT CAST(max(ts) AS DATE) FROM events")
    period = Period(last - timedelta(days=29), last)
    quarter = Period(last - timedelta(days=89), last)
    journeys = list_journeys(gw)
    jid = max(journeys, key=lambda j: (len(journeys[j].steps), j))
    tp = journeys[jid].steps[min(1, len(journeys[jid].steps) - 1)].touchpoint_id
    first = journeys[jid].steps[0].touchpoint_id
    exps = [r[0] for r in gw.query("SELECT DISTINCT experiment_id FROM experiments ORDER BY 1").rows]
    seg = gw.scalar("SELECT segment FROM customers WHERE segment IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
    seg_filter = {"segment": [seg]} if seg else None
    out: list[tuple[str, Callable[[], Any]]] = [
        ("funnel", lambda: funnel(gw, layer, jid, period)),
        ("funnel group_by device", lambda: funnel(gw, layer, jid, period, group_by="device")),
        ("funnel filter segment", lambda: funnel(gw, layer, jid, period, seg_filter)),
        ("step_dropoff all journeys", lambda: step_dropoff(gw, layer, period)),
        ("touchpoint_exits", lambda: touchpoint_exits(gw, layer, period)),
        ("path_transitions overview", lambda: path_transitions(gw, layer, period)),
        ("path_transitions next of step 2", lambda: path_transitions(gw, layer, period, touchpoint_id=tp)),
        ("path_transitions previous, segment", lambda: path_transitions(
            gw, layer, period, touchpoint_id=tp, direction="previous", filters=seg_filter)),
        ("path_transitions stage filter", lambda: path_transitions(
            gw, layer, period, touchpoint_id=tp, filters={"stage": ["purchase"]})),
        # the session's hour is not in the derived tables: sessionised from events at question time
        ("path_transitions raw fallback (day_part filter)", lambda: path_transitions(
            gw, layer, period, touchpoint_id=tp, filters={"day_part": ["evening"]})),
        ("retention_cohorts 90 days", lambda: retention_cohorts(gw, layer, quarter)),
        ("experiment_result", lambda: experiment_result(gw, layer, experiment_id=exps[0] if exps else None)),
        ("metric_trend active_customers", lambda: trend.metric_trend(gw, layer, "active_customers", period)),
        ("metric_trend overall_conversion", lambda: trend.metric_trend(
            gw, layer, "overall_conversion", period, journey_id=jid)),
        ("metric_breakdown active_customers x device", lambda: breakdown.metric_breakdown(
            gw, layer, "active_customers", "device", period)),
        ("compare_periods revenue", lambda: compare.compare_periods(gw, layer, "revenue", period)),
        ("detect_anomalies events", lambda: anomalies.detect_anomalies(gw, layer, "events", period)),
        ("driver_decomposition active_customers", lambda: drivers.driver_decomposition(
            gw, layer, "active_customers", period)),
        ("defined_ratio step 2 / step 1 by device", lambda: defined_ratio(
            gw, layer, RatioSide("events", {"touchpoint": [tp]}), RatioSide("events", {"touchpoint": [first]}), period,
            dimension="device")),
        ("day_retention D1 of the first step by device", lambda: day_n_retention(
            gw, layer, quarter, day=1, start_touchpoint=first, group_by="device")),
        ("customer_count by segment", lambda: breakdown.metric_breakdown(gw, layer, "customer_count", "segment", period)),
    ]
    return out, {"period": str(period), "journey_id": jid, "touchpoint_id": tp, "experiments": exps}


def run_one(size: str, root: Path, runs: int, seed: int, prepared: dict[str, Any]) -> dict[str, Any]:
    """Benchmark one size in this process (the workspace was prepared by another process)."""
    from knowledge.gateway import Gateway
    from knowledge.semantic.layer import load_semantic_layer

    db, origin = Path(prepared["db"]), prepared["origin"]
    gw = Gateway(db, timeout_s=60, threads=2)
    layer = load_semantic_layer()
    n_events = gw.scalar("SELECT count(*) FROM events")
    todo, context = cases(gw, layer)
    results = []
    for name, fn in todo:
        try:
            timing = time_call(fn, runs=runs)
            res = fn()
            results.append({"case": name, **timing, "rows": len(res.rows), "notes": res.notes})
        except Exception as exc:  # a failing case is reported in the table, not hidden
            results.append({"case": name, "error": f"{type(exc).__name__}: {exc}"})
    gw.close()
    return {"size": size, "origin": origin, "events": n_events, "target_s": TARGET_S[size],
            "threads": 2, "cpus": os.cpu_count(), "load_avg_1m": os.getloadavg()[0],
            "peak_rss_mb": round(peak_rss_mb(), 1), "refresh_derived_s": round(prepared["refresh_s"], 1),
            "context": context, "cases": results}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sizes", nargs="+", default=["medium", "large"], choices=list(TARGET_S))
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--dir", type=Path, default=Path(os.environ.get("JOURNEY_BENCH_DIR", "/tmp/journey-bench")))
    p.add_argument("--one", help=argparse.SUPPRESS)
    p.add_argument("--prepare", help=argparse.SUPPRESS)
    p.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    if args.prepare:  # its own process, so the load's memory does not count as the analyses' RSS
        db, origin, refresh_s = build_workspace(args.prepare, args.dir, args.seed)
        args.out.write_text(json.dumps({"db": str(db), "origin": origin, "refresh_s": refresh_s}), encoding="utf-8")
        return 0
    if args.one:
        prepared = json.loads((args.dir / f"prepared_{args.one}.json").read_text(encoding="utf-8"))
        payload = run_one(args.one, args.dir, args.runs, args.seed, prepared)
        args.out.write_text(json.dumps(payload, default=str), encoding="utf-8")
        return 0
    previous = RESULTS_DIR / "analyses.json"
    # sizes not run this time keep their last results
    sizes: dict[str, Any] = json.loads(previous.read_text(encoding="utf-8")).get("sizes", {}) if previous.exists() else {}
    for size in args.sizes:
        out = args.dir / f"result_{size}.json"
        common = ["--seed", str(args.seed), "--dir", str(args.dir)]
        subprocess.run([sys.executable, "-m", "bench.bench_analyses", "--prepare", size, *common,
                        "--out", str(args.dir / f"prepared_{size}.json")], check=True)
        subprocess.run([sys.executable, "-m", "bench.bench_analyses", "--one", size, "--runs", str(args.runs),
                        "--seed", str(args.seed), "--dir", str(args.dir), "--out", str(out)], check=True)
        sizes[size] = json.loads(out.read_text(encoding="utf-8"))
        report(sizes[size])
    path = write_results("analyses", {"runs": args.runs, "sizes": sizes})
    print(f"wrote {path}")
    return 0


def report(r: dict[str, Any]) -> None:
    """Print one size's table."""
    print(f"\n{r['size']}: {r['events']:,} events ({r['origin']}), refresh_derived {r['refresh_derived_s']} s, "
          f"peak RSS {r['peak_rss_mb']} MB, "
          f"load avg {r['load_avg_1m']:.1f} on {r['cpus']} CPUs, target {r['target_s']} s")
    rows = []
    for c in r["cases"]:
        if "error" in c:
            rows.append([c["case"], "-", "-", "-", "-", "ERROR " + c["error"][:60]])
        else:
            rows.append([c["case"], c["median_s"], c["min_s"], c["max_s"], c["median_cpu_s"],
                         "ok" if c["median_s"] <= r["target_s"] else "SLOW"])
    print_table(["case", "median_s", "min_s", "max_s", "cpu_s", "target"], rows)


if __name__ == "__main__":
    raise SystemExit(main())
