"""The answer sentences of the journey map (kept beside the map, wired into text.BY_ANALYSIS)."""
from __future__ import annotations

from typing import Any

from assistant.compose.lang import num, pct, t
from assistant.compose.names import Names

STAGE_WORDS = {"zh": {"awareness": "认知", "consideration": "考虑", "purchase": "购买", "service": "服务",
                      "loyalty": "忠诚", "unstaged": "未分阶段"}}


def stage_name(stage: str, lang: str) -> str:
    """A stage id in the asker's language (English ids read as words)."""
    return STAGE_WORDS.get(lang, {}).get(stage, stage.replace("_", " "))


def journey_map_text(d: dict[str, Any], args: dict[str, Any], lang: str, names: Names) -> str:
    """Scope and size, biggest drop-off, worst sentiment, biggest opportunity, and what data is absent."""
    f = d.get("facts") or {}
    p = d.get("period") or {}
    scope = names.journey(f["journey_id"], lang) if f.get("journey_id") else t(lang, "map_all_journeys")
    sep = "、" if lang == "zh" else ", "
    parts = [t(lang, "map_intro", scope=scope, start=p.get("start"), end=p.get("end"), n=f.get("touchpoints", 0),
               stages=sep.join(stage_name(s, lang) for s in f.get("stages") or []))]
    if f.get("biggest_drop_touchpoint_id"):
        parts.append(t(lang, "map_drop", tp=names.touchpoint(f["biggest_drop_touchpoint_id"], lang),
                       journey=names.journey(f.get("biggest_drop_journey_id"), lang),
                       lost=num(f.get("biggest_drop_users_lost")), rate=pct(f.get("biggest_drop_rate"))))
    if f.get("worst_sentiment_touchpoint_id"):
        theme = t(lang, "map_theme", theme=f["worst_sentiment_theme"]) if f.get("worst_sentiment_theme") else ""
        parts.append(t(lang, "map_worst", tp=names.touchpoint(f["worst_sentiment_touchpoint_id"], lang),
                       s=f"{f['worst_sentiment']:+.2f}", theme=theme))
    if f.get("top_opportunity_touchpoint_id"):
        by = t(lang, "map_by_" + str(f.get("top_opportunity_benchmark_by")), group=f.get("top_opportunity_benchmark"))
        parts.append(t(lang, "map_opportunity", tp=names.touchpoint(f["top_opportunity_touchpoint_id"], lang),
                       journey=names.journey(f.get("top_opportunity_journey_id"), lang),
                       extra=num(f.get("top_opportunity_extra")), by=by))
    for table in f.get("absent") or []:
        parts.append(t(lang, "map_absent_" + table))
    return ("" if lang == "zh" else " ").join(x for x in parts if x)
