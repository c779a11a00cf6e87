"""Two or three next questions in the asker's language, from what this answer found."""
from __future__ import annotations

from typing import Any

from assistant.compose.lang import t
from assistant.compose.names import Names
from assistant.compose.text import records

MAX_FOLLOW_UPS = 3


def follow_ups_for(calls: list[tuple[dict[str, Any], dict[str, Any]]], lang: str, names: Names,
                   planner: list[str] | None = None) -> list[str]:
    """Suggestions from the planner first, then from the first result's top entity and metric."""
    out = list(planner or [])
    for data, args in calls:
        recs = records(data)
        top = recs[0] if recs else {}
        tp = top.get("touchpoint_id") or (data.get("facts") or {}).get("biggest_drop_touchpoint_id") or args.get("touchpoint_id")
        metric = args.get("metric_id") or next(iter(data.get("metrics") or []), None)
        analysis = data.get("analysis")
        if tp and analysis not in ("feedback_themes", "feedback_search", "search_feedback"):
            out.append(t(lang, "fu_complaints", touchpoint=names.touchpoint(tp, lang, top.get("touchpoint"))))
        if analysis == "feedback_themes" and top.get("theme"):
            out.append(t(lang, "fu_quotes", theme=top["theme"]))
        if metric and analysis != "metric_trend":
            out.append(t(lang, "fu_trend", metric=names.metric(metric, lang)))
        if metric and analysis not in ("driver_decomposition", "explain_change"):
            out.append(t(lang, "fu_why", metric=names.metric(metric, lang)))
        if analysis in ("funnel", "step_dropoff") and args.get("journey_id") and not args.get("filters"):
            out.append(t(lang, "fu_device", metric=names.metric(metric or "drop_off_rate", lang)))
        if analysis in ("feedback_themes", "feedback_search", "search_feedback"):
            out.append(t(lang, "fu_emotion"))
        if analysis in ("describe_data", "explain_metric"):
            out.append(t(lang, "fu_dropoff"))
    if len(out) < 2:
        out += [t(lang, "fu_dropoff"), t(lang, "fu_describe")]
    return list(dict.fromkeys(out))[:MAX_FOLLOW_UPS]
