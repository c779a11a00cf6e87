"""How fast /map answers, warm, on a demo workspace (target: <= 1 s on the medium demo, ~1 M events).

    python -m bench.bench_map [--workspace DIR] [--runs 7] [--dir /tmp/journey-bench]

Without --workspace it uses the cached medium demo workspace of bench_analyses (built on first use).

Times GET /api/map through the real app (routing, the journey_map tool, composition, JSON) for
the default period with all journeys, one journey, and a device slice; prints a table and writes
bench/results/map.json. Wall medians on a busy machine are inflated; CPU seconds are reported too.
"""
from __future__ import annotations

import argparse
import os

from bench.common import peak_rss_mb, print_table, time_call, write_results

TARGET_S = 1.0
CASES = (("all journeys", {}), ("registration", {"journey_id": "register"}),
         ("android, bug week", {"device": "android", "start": "2026-11-02", "end": "2026-11-08"}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workspace", help="a workspace folder (default: the medium demo of bench_analyses)")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--dir", default="/tmp/journey-bench", help="where bench_analyses caches its workspaces")
    args, _ = ap.parse_known_args()
    if not args.workspace:
        from pathlib import Path

        from bench.bench_analyses import build_workspace
        db, _origin, _refresh_s = build_workspace("medium", Path(args.dir), 7)
        args.workspace = str(db.parent)
    os.environ["JOURNEY_MODEL"] = "offline"
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.config import ApiConfig
    from assistant.chat_handler import build_chat_service
    from assistant.settings import load_settings

    service = build_chat_service(load_settings(), workspace=args.workspace)
    client = TestClient(create_app(service, ApiConfig()))
    events = service.gateway.query("SELECT count(*) FROM events").rows[0][0]
    rows, results = [], {}
    try:
        for name, params in CASES:
            def get(params=params):  # noqa: ANN202
                r = client.get("/api/map", params={"lang": "en", **params})
                r.raise_for_status()
                return r
            timing = time_call(get, runs=args.runs, warmup=1)
            results[name] = timing
            rows.append([name, f"{timing['median_s']:.3f}", f"{timing['median_cpu_s']:.3f}",
                         "yes" if timing["median_s"] <= TARGET_S else "NO"])
    finally:
        service.close()
    print(f"workspace {args.workspace}: {events:,} events")
    print_table(["case", "median_s", "median_cpu_s", f"<= {TARGET_S} s"], rows)
    path = write_results("map", {"workspace": args.workspace, "events": events, "target_s": TARGET_S,
                                 "cases": results, "peak_rss_mb": round(peak_rss_mb(), 1)})
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
