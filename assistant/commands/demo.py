"""`journey demo [--size] [--seed]`: generate the demo company, load it and index its feedback."""
from __future__ import annotations

import sys
import time

import typer

from knowledge.demo import generate_dataset
from knowledge.demo.questions import EXAMPLE_QUESTIONS
from knowledge.pipeline import load_dataset
from knowledge.workspace import resolve_workspace

DEMO_FOLDER = "demo-data"
ROW_NAMES = {"journeys": "journey steps", "experiments": "experiment assignments"}
MESSAGES = {
    "generated": "generated the {size} demo dataset in {seconds:.1f} s: {rows} → {folder}",
    "loaded": "loaded into the workspace in {seconds:.1f} s (ingest {ingest:.1f} s, feedback index {index:.1f} s)",
    "ready": "workspace ready: {root}",
    "try": "try asking:",
}


def run(size: str = "small", seed: int = 42, workspace: str | None = None) -> int:
    """Generate into <workspace>/demo-data, replace the workspace's data with it, print next steps."""
    ws = resolve_workspace(workspace).ensure()
    folder = ws.root / DEMO_FOLDER

    clock = time.perf_counter()
    manifest = generate_dataset(folder, size=size, seed=seed)
    # row counts of each file; journeys.csv has one row per journey step
    rows = ", ".join(f"{n:,} {ROW_NAMES.get(table, table)}" for table, n in manifest.rows.items())
    typer.echo(MESSAGES["generated"].format(size=size, seconds=time.perf_counter() - clock, rows=rows,
                                            folder=folder))

    clock = time.perf_counter()
    report = load_dataset(ws, folder, replace=True, progress=sys.stderr.isatty())
    total = time.perf_counter() - clock
    for line in report.summary_lines():
        typer.echo(line)
    ingest_s = report.ingest.elapsed_s
    typer.echo(MESSAGES["loaded"].format(seconds=total, ingest=ingest_s, index=max(total - ingest_s, 0.0)))

    typer.echo(MESSAGES["ready"].format(root=ws.root))
    typer.echo(MESSAGES["try"])
    for lang in ("zh", "en"):
        for question in EXAMPLE_QUESTIONS[lang][:4]:
            typer.echo(f'  journey ask "{question}"' + (f" --workspace {ws.root}" if workspace else ""))
    return 0
