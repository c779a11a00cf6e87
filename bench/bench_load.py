"""Load test on loopback: N chat requests, bounded in flight, against `journey serve` on a 1 M-event demo.

Reports the 5xx count (must be 0), p50/p95/max latency, throughput and the server's peak RSS.
`python -m bench.bench_load [--requests 500] [--concurrency 50] [--size medium] [--workspace DIR]`
"""
from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import print_table, write_results

QUESTIONS = ["哪个触点流失用户最多?", "Which touchpoint loses the most users?",
             "注册漏斗各步骤的转化率是多少?", "What is the conversion of each step of the purchase funnel?",
             "最近30天每天的订单数趋势如何?", "How did the number of orders change last month?"]


def ensure_workspace(root: Path, size: str, seed: int) -> Path:
    """Build (once) the demo workspace of `size`; data only, the feedback index is not needed here."""
    from knowledge.workspace import Workspace

    ws = Workspace(root)
    if ws.exists():
        return root
    from knowledge.demo import generate_dataset
    from knowledge.pipeline import load_dataset

    t0 = time.perf_counter()
    manifest = generate_dataset(root.parent / f"{root.name}-data", size=size, seed=seed)
    load_dataset(ws.ensure(), manifest.folder, progress=False, index=False)
    print(f"built {size} demo workspace in {time.perf_counter() - t0:.0f} s: {root}", flush=True)
    return root


def event_count(root: Path) -> int:
    from knowledge.gateway import Gateway
    from knowledge.workspace import Workspace

    gw = Gateway(Workspace(root).db_path, timeout_s=30, row_cap=10)
    try:
        return int(gw.scalar("SELECT count(*) FROM events"))
    finally:
        gw.close()


def peak_rss_mb(pid: int) -> tuple[float, float]:
    """(current, peak) resident set size of process `pid` in MB, from /proc (VmRSS, VmHWM)."""
    fields = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            name, _, rest = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                fields[name] = int(rest.split()[0]) / 1024
    return fields.get("VmRSS", 0.0), fields.get("VmHWM", 0.0)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(root: Path, port: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, JOURNEY_WORKSPACE=str(root), JOURNEY_RATE_LIMIT="0", JOURNEY_MODEL="offline")
    env.pop("JOURNEY_API_KEYS", None)
    return subprocess.Popen([sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory",
                             "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
                             "--no-access-log"], env=env)


async def wait_ready(client: Any, proc: subprocess.Popen[bytes], timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            if (await client.get("/api/health")).status_code == 200:
                return
        except Exception:  # noqa: BLE001 - not listening yet
            pass
        await asyncio.sleep(0.25)
    raise RuntimeError("server did not become ready")


async def hammer(url: str, proc: subprocess.Popen[bytes], n: int, concurrency: int) -> dict[str, Any]:
    import httpx

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=300, limits=limits) as client:
        await wait_ready(client, proc)
        # one warm-up answer so the first timed request does not pay model/lexicon loading
        await client.post("/api/chat", json={"message": QUESTIONS[0]})
        gate = asyncio.Semaphore(concurrency)
        latencies: list[float] = []
        statuses: dict[int, int] = {}
        answer_status: dict[str, int] = {}
        errors: list[str] = []
        rss_peak = [0.0]
        stop = asyncio.Event()

        async def sample_rss() -> None:
            while not stop.is_set():
                rss_peak[0] = max(rss_peak[0], peak_rss_mb(proc.pid)[0])
                await asyncio.sleep(0.2)

        async def one(i: int) -> None:
            async with gate:
                t0 = time.perf_counter()
                try:
                    r = await client.post("/api/chat", json={"message": QUESTIONS[i % len(QUESTIONS)]})
                except Exception as exc:  # noqa: BLE001 - counted as a failure, reported below
                    errors.append(f"{type(exc).__name__}: {exc}")
                    return
                latencies.append(time.perf_counter() - t0)
                statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
                if r.status_code == 200:
                    s = r.json().get("status", "?")
                    answer_status[s] = answer_status.get(s, 0) + 1

        sampler = asyncio.create_task(sample_rss())
        t0 = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(n)))
        wall = time.perf_counter() - t0
        stop.set()
        await sampler
        health = (await client.get("/api/health")).json()
    latencies.sort()
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    return {"requests": n, "concurrency": concurrency, "wall_s": wall, "throughput_rps": n / wall,
            "http_status": statuses, "answer_status": answer_status,
            "server_errors_5xx": sum(v for k, v in statuses.items() if k >= 500),
            "client_errors": len(errors), "first_errors": errors[:3],
            "latency_p50_s": q[49], "latency_p95_s": q[94], "latency_max_s": latencies[-1] if latencies else None,
            "server_rss_sampled_peak_mb": rss_peak[0], "server_peak_rss_mb": peak_rss_mb(proc.pid)[1],
            "active_streams_after": health.get("active_streams")}


def main(argv: list[str] | None = None) -> int:
    """Build/reuse the workspace, start the server, send the load, print and save the figures."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--requests", type=int, default=500)
    p.add_argument("--concurrency", type=int, default=50)
    p.add_argument("--size", default="medium", help="demo size: medium ≈ 1 M events")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--workspace", type=Path, default=None,
                   help="reuse/build the workspace here (default: a folder under the system temp dir)")
    args, _ = p.parse_known_args(argv)
    root = (args.workspace or Path(tempfile.gettempdir()) / "journey-bench" / f"demo-{args.size}-{args.seed}").resolve()
    ensure_workspace(root, args.size, args.seed)
    events = event_count(root)
    port = free_port()
    proc = start_server(root, port)
    try:
        result = asyncio.run(hammer(f"http://127.0.0.1:{port}", proc, args.requests, args.concurrency))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
    result = {"events": events, "size": args.size, **result}
    print_table(["requests", "in flight", "events", "5xx", "p50 s", "p95 s", "max s", "req/s", "peak RSS MB"],
                [[result["requests"], result["concurrency"], events, result["server_errors_5xx"],
                  result["latency_p50_s"], result["latency_p95_s"], result["latency_max_s"],
                  result["throughput_rps"], result["server_peak_rss_mb"]]])
    print(f"HTTP statuses {result['http_status']}, answer statuses {result['answer_status']}, "
          f"client errors {result['client_errors']}")
    print(f"results: {write_results('load', result)}")
    return 0 if result["server_errors_5xx"] == 0 and result["client_errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
