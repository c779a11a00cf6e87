"""Shared by the feedback tools: citations from rows and quotes, and PII-safe model text."""
from __future__ import annotations

from typing import Any

from tools.base import ToolContext, summarize

TEXT_KEYS = ("text", "quote", "comment")


def _redactor():
    from knowledge.feedback.pii import redact_pii
    return redact_pii


def citation_of(rec: dict[str, Any]) -> dict[str, Any] | None:
    """A citation dict from a row/quote record, or None when it has no id and text."""
    text = next((rec[k] for k in TEXT_KEYS if rec.get(k)), None)
    if not rec.get("feedback_id") or not text:
        return None
    out = {"feedback_id": str(rec["feedback_id"]), "text": str(text)}
    for k in ("touchpoint_id", "sentiment", "ts", "rating"):
        if rec.get(k) is not None:
            out[k] = rec[k]
    return out


def citations_from(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Citations from the rows (search) or facts['quotes'] (themes) of a feedback result."""
    cols = data.get("columns") or []
    out = [c for c in (citation_of(dict(zip(cols, r))) for r in data.get("rows") or []) if c]
    quotes = (data.get("facts") or {}).get("quotes")
    groups = quotes.values() if isinstance(quotes, dict) else [quotes] if quotes else []
    for group in groups:
        for q in group if isinstance(group, list) else [group]:
            c = citation_of(q) if isinstance(q, dict) else None
            if c and all(c["feedback_id"] != o["feedback_id"] for o in out):
                out.append(c)
    return out


def _redact_any(value: Any, redact) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [_redact_any(v, redact) for v in value]
    if isinstance(value, dict):
        return {k: _redact_any(v, redact) for k, v in value.items()}
    return value


def model_text(ctx: ToolContext, data: dict[str, Any]) -> str:
    """Summary text for the model; comment text is PII-redacted when the model is external."""
    if not ctx.redact_text:
        return summarize(data)
    redact = _redactor()
    safe = dict(data, rows=_redact_any(data.get("rows") or [], redact),
                facts=_redact_any(data.get("facts") or {}, redact))
    return summarize(safe)
