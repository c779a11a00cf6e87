"""Placeholder until the feedback work lands: the signature ingestion calls."""
from __future__ import annotations

import duckdb


def enrich_feedback(con: duckdb.DuckDBPyConnection, *, progress: bool = True) -> int:
    """Fill language, sentiment, sentiment_score and theme of feedback rows missing them."""
    raise NotImplementedError("feedback enrichment is being built (issue 3)")
