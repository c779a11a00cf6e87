"""Test-wide settings: offline, no telemetry, no stray workspace."""
from __future__ import annotations


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
