"""`journey brief`: the morning brief as text or as the brief JSON (INTERFACE.md)."""
from __future__ import annotations

import json
from typing import Sequence

from knowledge.engines.config import open_engine
from knowledge.workspace import resolve_workspace


def run(date: str | None = None, days: int = 1, lang: str = "en", json_out: bool = False,
        journeys: Sequence[str] = (), filters: Sequence[str] = (), workspace: str | None = None) -> int:
    """Print the brief; exit 0, or 2 on bad usage (raised as JourneyError)."""
    from assistant.brief.make import brief_llm, make_brief, parse_day, parse_filters
    from assistant.settings import load_settings
    from knowledge.semantic.layer import load_semantic_layer

    settings = load_settings()
    ws = resolve_workspace(workspace or settings.workspace).require()
    gw = open_engine(ws, settings.engine, timeout_s=settings.query_timeout_s, row_cap=settings.row_cap)
    try:
        def index():  # noqa: ANN202 - opened only when a move has feedback to read
            from knowledge.feedback.index import FeedbackIndex
            return FeedbackIndex(ws)

        out = make_brief(gw, load_semantic_layer(), as_of=parse_day(date), days=days, lang=lang,
                         filters=parse_filters(filters), journey_ids=list(journeys) or None, feedback_index=index,
                         llm=brief_llm(settings))
    finally:
        gw.close()
    if json_out:
        print(json.dumps(out.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        print(out.text)
    return 0
