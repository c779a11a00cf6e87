"""The `journey` command line (INTERFACE.md). Wiring only: each command's body lives in
`assistant.commands.<name>` and is imported lazily so `journey ask` starts fast."""
from __future__ import annotations

import importlib
import os
import sys
from enum import Enum
from typing import Optional

import typer

from knowledge.engines.config import ENGINES
from knowledge.errors import JourneyError

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Customer-journey assistant: ask questions about your journey data in Chinese or English.")
export_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Export enriched data.")
app.add_typer(export_app, name="export")

EngineOpt = typer.Option(None, "--engine", help=f"query engine: {', '.join(ENGINES)} (default $JOURNEY_ENGINE, "
                         "else the workspace's engine.yaml, else duckdb)")
WorkspaceOpt = typer.Option(None, "--workspace", "-w", help="workspace folder (default $JOURNEY_WORKSPACE or ./workspace)")


class Size(str, Enum):
    small = "small"
    medium = "medium"
    large = "large"


class Lang(str, Enum):
    zh = "zh"
    en = "en"


Engine = Enum("Engine", {name: name for name in ENGINES}, type=str)  # type: ignore[misc]


class ExportFormat(str, Enum):
    csv = "csv"
    json = "json"


def _engine(name: Optional[str]) -> None:
    """--engine wins over $JOURNEY_ENGINE: set it for load_settings() (and the server's factory)."""
    if name:
        os.environ["JOURNEY_ENGINE"] = name


def _run(module: str, **kwargs: object) -> None:
    """Import assistant.commands.<module> and call its run(); map errors to exit codes."""
    try:
        code = importlib.import_module(f"assistant.commands.{module}").run(**kwargs)
    except JourneyError as exc:
        typer.echo(f"error [{exc.code}]: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        raise typer.Exit(130) from None
    raise typer.Exit(int(code or 0))


@app.command()
def demo(size: Size = typer.Option(Size.small, "--size", help="small ≈ 100 k events, medium ≈ 1 M, large ≈ 10 M"),
         seed: int = typer.Option(42, "--seed", help="random seed; same seed, same company"),
         workspace: Optional[str] = WorkspaceOpt) -> None:
    """Generate the bilingual demo company, ingest it and index its feedback."""
    _run("demo", size=size.value, seed=seed, workspace=workspace)


@app.command()
def ingest(folder: str = typer.Argument(..., help="dataset folder following DATA.md"),
           replace: bool = typer.Option(False, "--replace", help="drop everything loaded before, then load"),
           skip_bad_rows: bool = typer.Option(False, "--skip-bad-rows", help="load good rows, write bad ones to a reject file"),
           workspace: Optional[str] = WorkspaceOpt,
           engine: Optional[Engine] = EngineOpt) -> None:
    """Load a dataset folder (CSV or Parquet), then index new feedback."""
    _engine(engine.value if engine else None)
    _run("ingest", folder=folder, replace=replace, skip_bad_rows=skip_bad_rows, workspace=workspace)


@app.command()
def ask(question: str = typer.Argument(..., help="the question, in Chinese or English"),
        json_out: bool = typer.Option(False, "--json", help="print the answer JSON"),
        session: Optional[str] = typer.Option(None, "--session", help="session id: earlier turns are context"),
        as_of: Optional[str] = typer.Option(None, "--as-of", help="resolve relative dates against this date (YYYY-MM-DD)"),
        lang: Optional[Lang] = typer.Option(None, "--lang", help="answer language (default: the question's)"),
        workspace: Optional[str] = WorkspaceOpt,
        engine: Optional[Engine] = EngineOpt) -> None:
    """Answer one question."""
    _engine(engine.value if engine else None)
    _run("ask", question=question, json_out=json_out, session=session, as_of=as_of,
         lang=lang.value if lang else None, workspace=workspace)


@app.command()
def chat(session: Optional[str] = typer.Option(None, "--session", help="continue this session"),
         as_of: Optional[str] = typer.Option(None, "--as-of"),
         lang: Optional[Lang] = typer.Option(None, "--lang"),
         workspace: Optional[str] = WorkspaceOpt,
         engine: Optional[Engine] = EngineOpt) -> None:
    """Interactive terminal chat with follow-ups."""
    _engine(engine.value if engine else None)
    _run("chat", session=session, as_of=as_of, lang=lang.value if lang else None, workspace=workspace)


@app.command()
def serve(host: str = typer.Option("127.0.0.1", "--host"), port: int = typer.Option(8000, "--port"),
          workspace: Optional[str] = WorkspaceOpt,
          engine: Optional[Engine] = EngineOpt) -> None:
    """Start the HTTP API and chat page."""
    _engine(engine.value if engine else None)
    _run("serve", host=host, port=port, workspace=workspace)


@app.command()
def brief(date: Optional[str] = typer.Option(None, "--date", help="last day of the period (default: the latest data)"),
          days: int = typer.Option(1, "--days", help="length of the period in days; compared with the days before"),
          lang: Lang = typer.Option(Lang.en, "--lang", help="language of the brief"),
          json_out: bool = typer.Option(False, "--json", help="print the brief JSON"),
          journey: list[str] = typer.Option([], "--journey", help="only this journey (repeatable)"),
          filter_: list[str] = typer.Option([], "--filter", help="slice, e.g. segment=vip (repeatable)"),
          workspace: Optional[str] = WorkspaceOpt,
          engine: Optional[Engine] = EngineOpt) -> None:
    """The morning brief: what moved beyond normal variation, why, and what customers said."""
    _engine(engine.value if engine else None)
    _run("brief", date=date, days=days, lang=lang.value, json_out=json_out, journeys=journey, filters=filter_,
         workspace=workspace)


@app.command("mcp")
def mcp_cmd(workspace: Optional[str] = WorkspaceOpt) -> None:
    """An MCP server over stdio exposing the journey tools (read-only)."""
    _run("mcp", workspace=workspace)


@export_app.command("feedback")
def export_feedback(fmt: ExportFormat = typer.Option(ExportFormat.csv, "--format"),
                    workspace: Optional[str] = WorkspaceOpt) -> None:
    """Every feedback row with its enrichment, to stdout."""
    _run("export", fmt=fmt.value, workspace=workspace)


@app.command("eval")
def eval_cmd(file: Optional[str] = typer.Argument(None, help="benchmark YAML (default: tests/golden/questions.yaml)"),
             as_of: Optional[str] = typer.Option(None, "--as-of"),
             verbose: bool = typer.Option(False, "--verbose", "-v", help="show every failure"),
             json_out: Optional[str] = typer.Option(None, "--json", help="also write every item's result as JSON here"),
             workspace: Optional[str] = WorkspaceOpt) -> None:
    """Run a question benchmark file and print its score."""
    _run("eval", file=file, as_of=as_of, verbose=verbose, json_out=json_out, workspace=workspace)


def main() -> None:
    """Console entry point."""
    try:
        app()
    except BrokenPipeError:  # `journey export feedback | head`
        sys.exit(0)


if __name__ == "__main__":
    main()
