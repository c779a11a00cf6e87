"""Semantic search over feedback comments with metadata filters, across Chinese and English."""
from __future__ import annotations

import calendar
from datetime import datetime, timezone
from typing import Any, Sequence

from knowledge.errors import AnalysisError
from knowledge.feedback.slice import feedback_slice
from knowledge.gateway import Gateway
from knowledge.results import AnalysisResult, Filters, Period
from knowledge.semantic.layer import SemanticLayer
from knowledge.tables import STAGE_ZH
from knowledge.workspace import Workspace

COLUMNS = ["feedback_id", "touchpoint_id", "text", "sentiment", "sentiment_score", "rating", "ts", "similarity"]
MAX_K = 200


def epoch(dt: datetime) -> float:
    """Seconds since 1970 of a naive timestamp read as UTC (the same reading the index uses)."""
    return float(calendar.timegm(dt.timetuple()))


def _values(v: str | Sequence[str] | None) -> list[str]:
    return [v] if isinstance(v, str) else [str(x) for x in (v or [])]


def chroma_where(*, touchpoint_ids: Sequence[str] | None = None, stage: str | Sequence[str] | None = None,
                 period: Period | None = None, sentiment: str | Sequence[str] | None = None,
                 rating_min: float | None = None, rating_max: float | None = None,
                 language: str | Sequence[str] | None = None) -> dict[str, Any] | None:
    """A Chroma `where` clause for the metadata filters, None when there are none."""
    conds: list[dict[str, Any]] = []
    stages = [STAGE_ZH.get(s, s) for s in _values(stage)]
    for key, vals in (("touchpoint_id", _values(touchpoint_ids)), ("stage", stages),
                      ("sentiment", _values(sentiment)), ("language", _values(language))):
        if vals:
            conds.append({key: {"$in": vals}})
    if period is not None:
        conds.append({"ts": {"$gte": epoch(period.start_ts)}})
        conds.append({"ts": {"$lt": epoch(period.end_ts)}})
    if rating_min is not None:
        conds.append({"rating": {"$gte": float(rating_min)}})
    if rating_max is not None:
        conds.append({"rating": {"$lte": float(rating_max)}})
    if not conds:
        return None
    return conds[0] if len(conds) == 1 else {"$and": conds}


def search_feedback(workspace: Workspace, gw: Gateway, query: str, *, k: int = 10,
                    touchpoint_ids: Sequence[str] | None = None, stage: str | None = None,
                    period: Period | None = None, sentiment: str | None = None,
                    rating_min: float | None = None, rating_max: float | None = None,
                    language: str | None = None, filters: Filters | None = None,
                    layer: SemanticLayer | None = None, index: Any = None) -> AnalysisResult:
    """The k comments closest in meaning to the query within the filters."""
    if not (query or "").strip():
        raise AnalysisError("the search text is empty", hint="say what the comments should be about",
                            code="empty_query")
    k = max(1, min(int(k), MAX_K))
    result = AnalysisResult("search_feedback", list(COLUMNS), [], period=period, filters=dict(filters or {}))
    ids: list[str] | None = None
    if filters:
        if layer is None:
            from knowledge.semantic.layer import load_semantic_layer
            layer = load_semantic_layer()
        # customer-level filters (segment, region …) live in DuckDB, not in Chroma metadata
        sql, params = feedback_slice(layer, "f.feedback_id", filters=filters)
        ids = [str(r[0]) for r in gw.query(sql, params, row_cap=0).rows]
        result.sql.append(sql)
        if not ids:
            result.notes.append("no_feedback")
            return result
    if index is None:
        from knowledge.feedback.index import FeedbackIndex
        index = FeedbackIndex(workspace)
    if index.count() == 0:
        result.notes.append("index_empty")
        return result
    where = chroma_where(touchpoint_ids=touchpoint_ids, stage=stage, period=period, sentiment=sentiment,
                         rating_min=rating_min, rating_max=rating_max, language=language)
    hits = index.query(index.embedder.embed_query(query), k, where=where, ids=ids)
    for h in hits:
        m = h["metadata"]
        ts = m.get("ts")
        result.rows.append([h["feedback_id"], m.get("touchpoint_id"), h["text"], m.get("sentiment"),
                            m.get("sentiment_score"), m.get("rating"),
                            datetime.fromtimestamp(ts, timezone.utc).replace(tzinfo=None).isoformat() if ts is not None else None,
                            h["similarity"]])
    result.sample_size["matches"] = len(result.rows)
    result.facts["where"] = where
    if not result.rows:
        result.notes.append("no_feedback")
    return result
