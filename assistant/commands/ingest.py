"""`journey ingest DIR [--replace] [--skip-bad-rows] [--engine spark]`: load a dataset folder, then index new feedback."""
from __future__ import annotations

import sys

import typer

from knowledge.pipeline import load_dataset
from knowledge.workspace import resolve_workspace


def run(folder: str, replace: bool = False, skip_bad_rows: bool = False, workspace: str | None = None) -> int:
    """Load the folder and print the summary; BadInputError goes up to the CLI (exit 2).

    With the Spark engine the same validation and load run first (nothing reaches the lake
    unless every check passed), then the tables are written as Parquet to WORKSPACE/lake/
    (events partitioned by day) and Spark computes the derived tables (sessions, funnel and
    path tables) beside them; Spark reads this lake when engine.yaml maps no other tables.
    """
    from assistant.settings import load_settings
    from knowledge.engines.config import engine_name, load_engine_config

    ws = resolve_workspace(workspace)
    config = load_engine_config(ws)
    engine = engine_name(load_settings().engine, config)
    report = load_dataset(ws, folder, replace=replace, skip_bad_rows=skip_bad_rows,
                          progress=sys.stderr.isatty())
    for line in report.summary_lines():
        typer.echo(line)
    if engine == "spark":
        from knowledge.engines.spark import export_lake
        tables = export_lake(ws, config)
        typer.echo(f"  spark lake: {len(tables)} tables as Parquet in {ws.root / 'lake'} "
                   "(events by day; derived tables computed by Spark)")
    return 0
