"""`journey ingest DIR [--replace] [--skip-bad-rows]`: load a dataset folder, then index new feedback."""
from __future__ import annotations

import sys

import typer

from knowledge.pipeline import load_dataset
from knowledge.workspace import resolve_workspace


def run(folder: str, replace: bool = False, skip_bad_rows: bool = False, workspace: str | None = None) -> int:
    """Load the folder and print the summary; BadInputError goes up to the CLI (exit 2)."""
    ws = resolve_workspace(workspace)
    report = load_dataset(ws, folder, replace=replace, skip_bad_rows=skip_bad_rows,
                          progress=sys.stderr.isatty())
    for line in report.summary_lines():
        typer.echo(line)
    return 0
