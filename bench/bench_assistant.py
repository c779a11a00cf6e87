"""Benchmark the assistant end to end on a 1 M-event demo workspace (offline model).

    python -m bench.bench_assistant [--workspace DIR] [--dir /tmp/journey-bench] [--runs 5] [--cold 5]

Warm: one in-process chat service answers a mixed zh/en question list (after one warm-up pass);
p50/p95 per question and overall. Cold: `journey ask` as a subprocess, median of --cold runs.
Targets: warm p50 <= 150 ms, cold `journey ask` for a metric question <= 3 s.
Writes bench/results/assistant.json and prints a table.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import peak_rss_mb, print_table, write_results

QUESTIONS = [
    ("哪个触点流失用户最多?", "metric"), ("Which touchpoint loses the most users?", "metric"),
    ("上个月的订单数是多少?", "metric"), ("How many orders last month?", "metric"),
    ("最近30天每天的订单趋势", "metric"), ("Show the registration funnel", "metric"),
    ("按设备看支付转化率", "metric"), ("Where do users go after the cart?", "metric"),
    ("客户最常在哪里离开?", "metric"), ("What does drop-off rate mean?", "metric"),
    ("结账按钮实验的结果如何?", "metric"), ("Any anomalies in orders last month?", "metric"),
    ("用户对支付环节主要抱怨什么?", "feedback"), ("Show the emotion curve of the journey", "feedback"),
    ("Why did payment conversion drop last week?", "why"),
]
COLD_QUESTION = "上个月的订单数是多少?"
TARGET_WARM_P50_MS = 150.0
TARGET_COLD_S = 3.0


def pct(values: list[float], q: float) -> float:
    """The q-quantile (nearest rank) of values."""
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(q * (len(s) - 1)))))]


def find_workspace(arg: str | None, root: Path, seed: int) -> Path:
    """--workspace, else a cached medium demo workspace under --dir (built once, with its feedback index)."""
    if arg:
        return Path(arg)
    ws = root / f"assistant-medium-{seed}"
    if not (ws / "journey.duckdb").exists():
        from knowledge.demo.generator import generate_dataset
        from knowledge.pipeline import load_dataset
        from knowledge.workspace import Workspace
        print(f"building the medium demo workspace in {ws} (once)…", file=sys.stderr)
        generate_dataset(root / f"assistant-medium-{seed}-data", size="medium", seed=seed)
        load_dataset(Workspace(ws).ensure(), root / f"assistant-medium-{seed}-data", replace=True, progress=False)
    return ws


def warm(ws: Path, runs: int) -> dict[str, Any]:
    """Per-question warm latencies of one long-lived service."""
    from assistant.chat_handler import build_chat_service
    from assistant.settings import load_settings
    svc = build_chat_service(load_settings(JOURNEY_MODEL="offline"), workspace=str(ws))
    t0 = time.perf_counter()
    first = svc.answer(QUESTIONS[0][0])
    first_ms = (time.perf_counter() - t0) * 1000
    for q, _ in QUESTIONS:  # warm-up pass: catalogue, agent, jieba, embedder, index
        svc.answer(q)
    per: dict[str, Any] = {}
    for q, kind in QUESTIONS:
        samples, statuses = [], set()
        for _ in range(runs):
            t = time.perf_counter()
            ans = svc.answer(q)
            samples.append((time.perf_counter() - t) * 1000)
            statuses.add(ans.status)
        per[q] = {"kind": kind, "p50_ms": statistics.median(samples), "p95_ms": pct(samples, 0.95),
                  "samples": samples, "status": sorted(statuses), "tools": [c.name for c in ans.tool_calls]}
    svc.close()
    all_ms = [s for v in per.values() for s in v["samples"]]
    metric_ms = [s for v in per.values() if v["kind"] == "metric" for s in v["samples"]]
    return {"first_answer_ms": first_ms, "status_first": first.status, "per_question": per,
            "p50_ms": statistics.median(all_ms), "p95_ms": pct(all_ms, 0.95),
            "metric_p50_ms": statistics.median(metric_ms), "metric_p95_ms": pct(metric_ms, 0.95),
            "peak_rss_mb": peak_rss_mb()}


def cold(ws: Path, runs: int) -> dict[str, Any]:
    """Wall and CPU seconds of `journey ask QUESTION --json` in a fresh process."""
    exe = Path(sys.executable).with_name("journey")
    cmd = [str(exe), "ask", COLD_QUESTION, "--json", "--workspace", str(ws)]
    walls, cpus, codes = [], [], []
    env = {**os.environ, "JOURNEY_MODEL": "offline"}
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, env=env)
        walls.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
        codes.append(proc.returncode)
    return {"question": COLD_QUESTION, "median_s": statistics.median(walls), "median_cpu_s": statistics.median(cpus),
            "runs_s": walls, "exit_codes": codes}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workspace", help="an existing workspace (default: build/reuse a medium demo under --dir)")
    ap.add_argument("--dir", default="/tmp/journey-bench")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cold", type=int, default=5)
    args = ap.parse_args()
    ws = find_workspace(args.workspace, Path(args.dir), args.seed)
    events = None
    try:
        import duckdb
        con = duckdb.connect(str(ws / "journey.duckdb"), read_only=True)
        events = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
        con.close()
    except Exception as exc:  # noqa: BLE001 — the count is informational only
        print(f"could not count events: {exc}", file=sys.stderr)
    w = warm(ws, args.runs)
    c = cold(ws, args.cold)
    rows = [[q[:34], v["kind"], v["p50_ms"], v["p95_ms"], "/".join(v["status"]), ",".join(v["tools"])[:40]]
            for q, v in w["per_question"].items()]
    print_table(["question", "kind", "p50 ms", "p95 ms", "status", "tools"], rows)
    print(f"\nworkspace {ws} ({events:,} events)" if events else f"\nworkspace {ws}")
    print(f"warm all:    p50 {w['p50_ms']:.1f} ms  p95 {w['p95_ms']:.1f} ms")
    print(f"warm metric: p50 {w['metric_p50_ms']:.1f} ms  p95 {w['metric_p95_ms']:.1f} ms "
          f"(target p50 <= {TARGET_WARM_P50_MS:.0f} ms)")
    print(f"cold `journey ask`: median {c['median_s']:.2f} s wall, {c['median_cpu_s']:.2f} s CPU "
          f"(target <= {TARGET_COLD_S:.0f} s); exit codes {c['exit_codes']}")
    write_results("assistant", {"workspace": str(ws), "events": events, "warm": w, "cold": c,
                                "targets": {"warm_p50_ms": TARGET_WARM_P50_MS, "cold_s": TARGET_COLD_S}})
    return 0


if __name__ == "__main__":
    sys.exit(main())
