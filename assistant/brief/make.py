"""One call from a workspace's gateway to the brief JSON: compute (knowledge), then say (render)."""
from __future__ import annotations

from datetime import date
from typing import Any, Callable, Sequence

from assistant.brief.render import BriefJSON, compose_brief
from assistant.compose.names import Names
from knowledge.brief.compute import build_brief
from knowledge.errors import JourneyError
from knowledge.gateway import Gateway
from knowledge.results import Filters
from knowledge.semantic.layer import SemanticLayer

LANGS = ("zh", "en")


def parse_day(raw: str | None, option: str = "--date") -> date | None:
    """YYYY-MM-DD, or None; anything else is a usage error naming the option."""
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise JourneyError(f"{option} {raw!r} is not a date", hint=f"use YYYY-MM-DD, e.g. {option} 2026-11-08",
                           code="bad_usage") from None


def parse_filters(raw: Sequence[str] | None) -> Filters:
    """["device=android", "segment=vip,new"] → {"device": ["android"], "segment": ["vip", "new"]}."""
    out: Filters = {}
    for item in raw or ():
        dim, sep, values = item.partition("=")
        if not sep or not dim.strip() or not values.strip():
            raise JourneyError(f"bad filter {item!r}", hint="write DIMENSION=VALUE[,VALUE], e.g. device=android",
                               code="bad_usage")
        out.setdefault(dim.strip(), []).extend(v.strip() for v in values.split(",") if v.strip())
    return out


def make_brief(gw: Gateway, layer: SemanticLayer, *, names: Names | None = None, as_of: date | None = None,
               days: int = 1, lang: str = "en", filters: Filters | None = None,
               journey_ids: Sequence[str] | None = None, feedback_index: Callable[[], Any] | None = None,
               llm: Any = None) -> BriefJSON:
    """The brief for the `days` days ending on as_of (default: latest data) in `lang`.

    With `llm` (a LangChain chat model) the text may be reworded, never its facts
    (assistant/brief/rephrase.py); the JSON items are always the offline ones.
    """
    if lang not in LANGS:
        raise JourneyError(f"unknown language {lang!r}", hint="use zh or en", code="bad_usage")
    if names is None:
        from assistant.planner.catalog import build_catalog
        names = Names.build(layer, build_catalog(gw, layer))
    brief = build_brief(gw, layer, as_of=as_of, days=days, filters=filters, journey_ids=journey_ids, lang=lang,
                        feedback_index=feedback_index)
    out = compose_brief(brief, names, lang)
    if llm is not None:
        from assistant.brief.rephrase import rephrase
        text, why = rephrase(out.text, lang, llm)
        out.original_text = out.text
        out.text = text
        out.rephrased = why is None
        if why:
            out.notes.append(why)
    return out


def brief_llm(settings: Any) -> Any:
    """The configured LLM for rewording (None offline: the brief stays as computed)."""
    if settings.chat_model_name() != "openai":
        return None
    from assistant.models.openai import build_openai
    return build_openai(settings)
