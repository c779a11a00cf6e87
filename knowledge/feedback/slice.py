"""SQL for a slice of feedback: period, touchpoints, stage, sentiment and semantic-layer filters."""
from __future__ import annotations

from typing import Any, Sequence

from knowledge.results import Filters, Period
from knowledge.semantic.layer import SemanticLayer

TOUCHPOINT_JOIN = "LEFT JOIN touchpoints t ON t.touchpoint_id = f.touchpoint_id"


def feedback_slice(layer: SemanticLayer | None, columns: str, *, period: Period | None = None,
                   filters: Filters | None = None, touchpoint_ids: Sequence[str] | None = None,
                   stage: str | Sequence[str] | None = None, sentiment: str | Sequence[str] | None = None,
                   extra: Sequence[str] = (), tail: str = "", joins_needed: Sequence[str] = ()) -> tuple[str, list[Any]]:
    """(SELECT columns FROM feedback f … WHERE slice, params); touchpoints t is always joined, and the joins the
    columns need (`joins_needed`: a customer column the comments are grouped by)."""
    conds: list[str] = list(extra)
    params: list[Any] = []
    joins = [TOUCHPOINT_JOIN, *[j for j in joins_needed if j != TOUCHPOINT_JOIN]]
    if filters and layer is not None:
        c, p, j = layer.where(filters, "feedback")
        conds += c
        params += p
        joins += [x for x in j if x not in joins]
    if period is not None:
        conds.append("f.ts >= ? AND f.ts < ?")
        params += [period.start_ts, period.end_ts]
    for column, value in (("f.touchpoint_id", touchpoint_ids), ("t.stage", stage), ("f.sentiment", sentiment)):
        values = [value] if isinstance(value, str) else list(value or [])
        if values:
            conds.append(f"{column} IN ({', '.join('?' for _ in values)})")
            params += [str(v) for v in values]
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    return f"SELECT {columns} FROM feedback f {' '.join(joins)}{where} {tail}".strip(), params
