"""Test-wide settings: offline, no telemetry, no stray workspace."""
from __future__ import annotations

import contextlib

import os
from pathlib import Path

import duckdb
import pytest

# set before any chromadb / huggingface import anywhere in the suite
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.pop("OPENAI_API_KEY", None) if os.environ.get("JOURNEY_TEST_KEEP_KEY") != "1" else None


# -- the demo's planner catalogue, straight from its CSVs (golden and frame tests) -----------------
@pytest.fixture(scope="session")
def demo_csv_dir(tmp_path_factory) -> Path:  # noqa: D401
    """The small demo dataset as CSV files (about a second to generate)."""
    from knowledge.demo import generate_dataset
    out = tmp_path_factory.mktemp("golden-data")
    generate_dataset(out, size="small", seed=42)
    return out


@pytest.fixture(scope="session")
def golden_catalog(demo_csv_dir, tmp_path_factory):  # noqa: ANN201 - a planner Catalog
    """The planner catalogue of the demo data, from a DuckDB file loaded straight from the CSVs."""
    return catalog_from_csvs(demo_csv_dir, tmp_path_factory.mktemp("golden-cat") / "cat.duckdb")


def catalog_from_csvs(demo_csv_dir: Path, db: Path):  # noqa: ANN201 - a planner Catalog
    """Build the catalogue from a DuckDB file loaded straight from a demo CSV folder (no ingest)."""
    from assistant.planner.catalog import build_catalog
    from knowledge.gateway import Gateway
    from knowledge.semantic.layer import load_semantic_layer
    con = duckdb.connect(str(db))
    for name in ("touchpoints", "customers", "events", "journeys", "orders", "feedback", "experiments"):
        con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_csv('{demo_csv_dir / (name + '.csv')}', header=true)")
    con.execute("ALTER TABLE touchpoints ADD COLUMN position INTEGER")
    con.close()
    gw = Gateway(db)
    try:
        return build_catalog(gw, load_semantic_layer())
    finally:
        gw.close()




@contextlib.contextmanager
def service_on(root: Path, write_folder):  # noqa: ANN001, ANN201 - a DATA.md folder writer; (service, facts)
    """A chat service over a workspace ingested from the folder `write_folder(root / "data")` writes
    (it returns the facts the tests check against), with sessions kept under root."""
    from assistant.chat_handler import build_chat_service
    from assistant.memory import SessionStore
    from assistant.settings import load_settings
    from knowledge.pipeline import load_dataset
    from knowledge.workspace import Workspace
    facts = write_folder(root / "data")
    ws = Workspace(root / "ws")
    load_dataset(ws, root / "data", progress=False)
    service = build_chat_service(load_settings(), workspace=str(ws.root))
    service.store = SessionStore(root / "sessions", max_turns=10, max_sessions=100)
    try:
        yield service, facts
    finally:
        service.close()


def write_csv(path: Path, header: list[str], rows: list[tuple]) -> None:
    """One DATA.md CSV file (UTF-8, header first)."""
    import csv
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
