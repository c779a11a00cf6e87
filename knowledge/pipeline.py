"""Load a dataset the way the product does: ingest with feedback enrichment, then index feedback."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from knowledge.gateway import Gateway
from knowledge.ingest import IngestReport, ingest_folder
from knowledge.ingest.staging import IngestLock, bump_generation
from knowledge.workspace import Workspace

DATA_TZ_ENV = "JOURNEY_DATA_TZ"


@dataclass
class LoadReport:
    """The ingest report plus how many feedback comments were added to the search index."""

    ingest: IngestReport
    indexed: int = 0
    index_ran: bool = False

    def summary_lines(self) -> list[str]:
        """Ingest summary followed by the indexing line."""
        lines = self.ingest.summary_lines()
        if self.index_ran:
            lines.append(f"  feedback search index: {self.indexed:,} comments added")
        return lines

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {**self.ingest.to_dict(), "indexed": self.indexed, "index_ran": self.index_ran}


def _enricher(progress: bool, embedder: Any = None, workspace: Workspace | None = None):
    def enrich(con: duckdb.DuckDBPyConnection) -> object:
        # imported at call time: the feedback stack is heavy and `journey ask` must start fast
        from knowledge.feedback.enrich import enrich_feedback
        index = None
        if workspace is not None:
            # comments indexed by an earlier load keep their stored vectors for the stored themes
            from knowledge.feedback.index import FeedbackIndex
            index = FeedbackIndex(workspace, embedder)
        return enrich_feedback(con, progress=progress, embedder=embedder, index=index)
    return enrich


def _has_feedback(workspace: Workspace) -> bool:
    gw = Gateway(workspace.db_path)
    try:
        return bool(gw.scalar("SELECT count(*) FROM feedback"))
    finally:
        gw.close()


def load_dataset(workspace: Workspace, folder: str | Path, *, replace: bool = False, skip_bad_rows: bool = False,
                 progress: bool = True, index: bool = True, data_tz: str | None = None) -> LoadReport:
    """Ingest a folder atomically (enriching feedback in the same swap), then sync the feedback index.

    `data_tz` (default $JOURNEY_DATA_TZ, else UTC) is the dataset's time zone: timestamps with an
    offset are converted to it; timestamps without one are taken as already local.
    """
    tz = data_tz or os.environ.get(DATA_TZ_ENV) or "UTC"
    # one lock over the swap and the index sync: overlapping loads never write Chroma together;
    # the generation number moves last, so a server reopens DuckDB and Chroma together
    from knowledge.feedback.embedder import MemoEmbedder, make_embedder
    # one embedder for sentiment (ingestion) and the index: each new comment is embedded once
    embedder = MemoEmbedder(make_embedder())
    try:
        with IngestLock(workspace) as lock:
            report = LoadReport(ingest_folder(workspace, folder, replace=replace, skip_bad_rows=skip_bad_rows,
                                              enrichers=[_enricher(progress, embedder, workspace if index else None)],
                                              progress=progress, data_tz=tz, lock=lock))
            if index and _has_feedback(workspace):
                from knowledge.feedback.index import sync_feedback_index
                report.indexed = int(sync_feedback_index(workspace, progress=progress, embedder=embedder) or 0)
                report.index_ran = True
            bump_generation(workspace)
    finally:
        embedder.close()  # its worker processes, when a bulk embed started them
    return report
