"""How fast the MCP server answers over stdio: cold start to the first tool list, then warm calls.

    python -m bench.bench_mcp --workspace /tmp/ws-small [--runs 5]

Spawns `python -m assistant.cli mcp` with the SDK's stdio client, times the start (spawn,
initialize, tools/list), then the median of warm tools/call for funnel_dropoff, feedback_themes
and ask; writes bench/results/mcp.json. Wall seconds on a busy machine are inflated.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from bench.common import print_table, write_results

ROOT = Path(__file__).resolve().parents[1]
CALLS = (("funnel_dropoff", {"journey_id": "register"}), ("feedback_themes", {"sentiment": "negative", "lang": "zh"}),
         ("ask", {"question": "哪个触点流失用户最多?"}))


async def measure(workspace: str, runs: int) -> dict[str, dict[str, float]]:
    from mcp import ClientSession
    from mcp.client.stdio import StdioServerParameters, stdio_client

    params = StdioServerParameters(command=sys.executable, args=["-m", "assistant.cli", "mcp", "--workspace", workspace],
                                   env={"PYTHONPATH": str(ROOT), "JOURNEY_MODEL": "offline"})
    out: dict[str, dict[str, float]] = {}
    t0 = time.perf_counter()
    async with stdio_client(params) as (read, write), ClientSession(read, write) as s:
        await s.initialize()
        await s.list_tools()
        out["start (spawn, initialize, list)"] = {"median_s": time.perf_counter() - t0, "runs": 1}
        for name, args in CALLS:
            await s.call_tool(name, args)  # warm-up
            samples = []
            for _ in range(runs):
                t = time.perf_counter()
                res = await s.call_tool(name, args)
                samples.append(time.perf_counter() - t)
                assert not res.is_error, res.content[0].text[:200]
            out[name] = {"median_s": statistics.median(samples), "min_s": min(samples), "max_s": max(samples), "runs": runs}
    return out


def main() -> None:
    import anyio

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workspace", required=True)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    os.environ.setdefault("JOURNEY_MODEL", "offline")
    results = anyio.run(measure, args.workspace, args.runs)
    print_table(["step", "median s", "runs"], [[k, f"{v['median_s']:.3f}", v["runs"]] for k, v in results.items()])
    write_results("mcp", {"workspace": args.workspace, "results": results})


if __name__ == "__main__":
    main()
