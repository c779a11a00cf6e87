"""The question frame: what one question asks, as one typed value.

It is the contract between understanding and answering. The offline planner fills it from its
working record; an LLM's tool calls are checked against the same frame rules; the answer check
(`assistant/compose/check.py`) tests the first table against it before an answer may be `ok`;
and each tool declares the asks it can answer (`ASKS_BY_TOOL`).
"""
from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from knowledge.results import Period

from assistant.planner.types import TIME_GRAINS

Ask = Literal["value", "ranking", "breakdown", "comparison", "trend", "drivers", "comments", "themes", "count",
              "definition", "map", "funnel", "paths", "retention", "experiment", "anomaly", "emotion", "describe",
              "sql", "unknown"]
Presentation = Literal["line", "bar", "table", "pie", "area"]

# the planner's intents as asks (one place; the planner keeps its finer intent names)
ASK_OF_INTENT: dict[str, Ask] = {
    "metric_value": "value", "dropoff": "ranking", "exits": "ranking", "breakdown": "breakdown",
    "compare_groups": "comparison", "compare_periods": "comparison", "trend": "trend", "why": "drivers",
    "feedback_search": "comments", "feedback_themes": "themes", "feedback_count": "count",
    "explain_metric": "definition", "journey_map": "map", "map": "map", "funnel": "funnel", "path": "paths",
    "retention": "retention", "day_retention": "retention", "experiment": "experiment", "anomaly": "anomaly", "emotion_curve": "emotion",
    "describe_data": "describe", "sql": "sql",
}

# which asks each tool can answer (a tool not listed answers nothing the frame can check)
ASKS_BY_TOOL: dict[str, frozenset[str]] = {
    "funnel_dropoff": frozenset({"ranking", "value"}),
    "touchpoint_exits": frozenset({"ranking", "value"}),
    "funnel": frozenset({"funnel", "value", "breakdown"}),
    "metric_trend": frozenset({"trend"}),
    "metric_breakdown": frozenset({"breakdown", "ranking"}),
    "compare_groups": frozenset({"comparison"}),
    "compare_periods": frozenset({"comparison", "value"}),
    "explain_change": frozenset({"drivers"}),
    "feedback_themes": frozenset({"themes", "drivers"}),
    "feedback_search": frozenset({"comments", "drivers"}),
    "feedback_count": frozenset({"count"}),
    "emotion_curve": frozenset({"emotion", "ranking"}),
    "path_transitions": frozenset({"paths"}),
    "retention_cohorts": frozenset({"retention", "breakdown", "ranking"}),
    "experiment_result": frozenset({"experiment"}),
    "detect_anomalies": frozenset({"anomaly"}),
    "explain_metric": frozenset({"definition"}),
    "describe_data": frozenset({"describe"}),
    "run_sql": frozenset({"sql"}),
    "journey_map": frozenset({"map"}),
    "metric_ratio": frozenset({"value", "ranking", "breakdown", "trend"}),
    "day_retention": frozenset({"retention", "value", "ranking", "breakdown"}),
}

PRESENTATION_WORDS: dict[str, tuple[str, ...]] = {
    "line": ("line chart", "line graph", "as a line", "折线图", "折线", "曲线图", "线图"),
    "bar": ("bar chart", "bar graph", "as bars", "as a bar", "柱状图", "柱形图", "条形图", "柱图", "柱状", "柱形", "条形"),
    "table": ("as a table", "in a table", "table only", "表格", "列表形式", "做成表"),
    "pie": ("pie chart", "饼图"),
    "area": ("area chart", "面积图"),
}


class Scope(BaseModel):
    model_config = ConfigDict(frozen=True)

    journey_id: str | None = None
    touchpoint_ids: tuple[str, ...] = ()
    stage: str | None = None


class QuestionFrame(BaseModel):
    """One question, understood: the ask, the measure, grouping, filters, scope, period, presentation."""

    model_config = ConfigDict(frozen=True)

    ask: Ask
    intent: str = ""                       # the planner's finer reading (dropoff, exits, compare_groups …)
    measure: str | None = None             # a semantic-layer metric id, or a feedback measure of the tool
    group_by: str | None = None            # dimension id the answer must be grouped by
    filters: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    scope: Scope = Scope()
    period: tuple[str, str] | None = None  # ISO days, inclusive
    baseline: tuple[str, str] | None = None
    period_default: bool = False           # chosen by us, said in the assumptions
    order: Literal["desc", "asc"] | None = None
    top_n: int | None = None
    presentation: Presentation | None = None
    sentiment: str | None = None
    follow_up: bool = False
    share_asked: bool = False              # "what share", "占比": a part of a whole, never above 100 %

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def presentation_of(text: str) -> tuple[Presentation | None, list[tuple[int, int]]]:
    """An asked chart type and the spans of its words ("as a line chart", "用折线图")."""
    low = text.lower()
    for kind, words in PRESENTATION_WORDS.items():
        for w in words:
            i = low.find(w)
            if i >= 0:
                return kind, [(i, i + len(w))]  # type: ignore[return-value]
    return None, []


def _period(p: Period | None) -> tuple[str, str] | None:
    return (p.start.isoformat(), p.end.isoformat()) if p else None


def frame_of(w: Any) -> QuestionFrame:
    """The frame of a planner working record (assistant.planner.types.Work) after its steps ran."""
    ask: Ask = ASK_OF_INTENT.get(w.intent, "unknown")
    group_by = w.dimension
    if w.intent == "dropoff" or w.intent == "exits":
        group_by = "touchpoint"
    if ask == "breakdown" and (w.order or w.top_n):
        ask = "ranking"
    if w.intent == "compare_groups":
        group_by = w.dimension
    elif ask in ("value", "drivers", "themes", "comments", "definition", "describe", "sql", "funnel",
                 "experiment", "anomaly", "paths"):
        group_by = None if ask not in ("funnel", "drivers") else group_by
    elif ask == "trend" and group_by in (*TIME_GRAINS, "touchpoint"):
        group_by = None  # the time axis itself, or the place the trend is taken at
    filters = {k: tuple(v) for k, v in (w.filters or {}).items() if v}
    stage = filters.get("stage", (None,))[0] if filters.get("stage") else None
    return QuestionFrame(
        ask=ask, intent=w.intent or "", measure=w.metric_id, group_by=group_by, filters=filters,
        scope=Scope(journey_id=w.journey_id, touchpoint_ids=tuple(w.touchpoint_ids or ()), stage=stage),
        period=_period(w.period), baseline=_period(w.baseline), period_default=bool(w.default_period),
        order=w.order if w.order in ("asc", "desc") else None, top_n=w.top_n,
        presentation=getattr(w, "presentation", None),
        sentiment=("negative" if "negative" in w.cues else "positive" if "positive" in w.cues else None),
        follow_up=bool(w.follow_up), share_asked=bool(SHARE_ASKED.search(w.text or "")))


# the words that ask for a part of a whole ("what share of payments came in late", "占多少", "百分之几")
SHARE_ASKED = re.compile(r"\b(?:what|which) (?:share|percentage|proportion|fraction|per ?cent)\b|"
                         r"\b(?:share|percentage|proportion|fraction) of\b|比例|占比|占多少|百分之几|百分比", re.I)
