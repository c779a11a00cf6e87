"""Citations of customer comments for an answer, PII-redacted when the workspace asks for it."""
from __future__ import annotations

from typing import Any, Callable

MAX_CITATIONS = 8


def citations_for(results: list[dict[str, Any]], *, redact: Callable[[str], str] | None) -> list[dict[str, Any]]:
    """Unique citations from feedback tool results, redacted by `redact` when given."""
    seen: set[str] = set()
    texts: set[str] = set()
    out: list[dict[str, Any]] = []
    for d in results:
        for c in d.get("citations") or []:
            # the same words from two customers say nothing new: quote them once
            key = " ".join(str(c.get("text") or "").split()).casefold()
            if c["feedback_id"] in seen or key in texts:
                continue
            seen.add(c["feedback_id"])
            texts.add(key)
            item = {k: c.get(k) for k in ("feedback_id", "text", "touchpoint_id", "sentiment", "ts", "rating")}
            item["ts"] = str(item["ts"]) if item.get("ts") is not None else None
            if redact:
                item["text"] = redact(item["text"])
            out.append(item)
    return out[:MAX_CITATIONS]
