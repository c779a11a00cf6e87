"""Benchmark the morning brief warm on existing demo workspaces (compute + wording, index open).

    python -m bench.bench_brief --workspace /tmp/ws-small [--workspace /tmp/ws-medium] [--runs 3]
        [--date 2026-11-08] [--days 7]

Reports median/min/max wall seconds (and median CPU seconds) of one brief (both phases: the checks, then drivers and
feedback themes of each move) and the number of series checked and moves found.
Writes bench/results/brief.json.
"""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from bench.common import print_table, time_call, write_results


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workspace", action="append", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--date", default="2026-11-08")
    ap.add_argument("--days", type=int, default=7)
    args = ap.parse_args()

    from assistant.brief.make import make_brief
    from knowledge.feedback.index import FeedbackIndex
    from knowledge.gateway import Gateway
    from knowledge.semantic.layer import load_semantic_layer
    from knowledge.workspace import Workspace

    rows, out = [], {}
    for root in args.workspace:
        ws = Workspace(Path(root)).require()
        gw = Gateway(ws.db_path)
        layer = load_semantic_layer()
        index = FeedbackIndex(ws)
        events = gw.scalar("SELECT count(*) FROM events")
        last: dict = {}

        def once() -> None:
            last["brief"] = make_brief(gw, layer, as_of=date.fromisoformat(args.date), days=args.days, lang="en",
                                       feedback_index=lambda: index)

        t = time_call(once, runs=args.runs)
        b = last["brief"]
        rows.append([root, events, b.checked, len(b.items), t["median_s"], t["median_cpu_s"], t["min_s"], t["max_s"]])
        out[root] = {"events": events, "checked": b.checked, "moves": len(b.items), **t}
        gw.close()
    print_table(["workspace", "events", "checked", "moves", "median_s", "median_cpu_s", "min_s", "max_s"], rows)
    write_results("brief", {"date": args.date, "days": args.days, "runs": out})


if __name__ == "__main__":
    main()
