"""All agent tools in one list (names are the contract of docs/TOOLS.md)."""
from __future__ import annotations

import importlib

from langchain_core.tools import BaseTool

from tools.base import ToolContext

TOOL_MODULES = (
    "describe_data", "explain_metric", "funnel", "funnel_dropoff", "touchpoint_exits", "path_transitions",
    "metric_trend", "metric_breakdown", "compare_groups", "compare_periods", "retention_cohorts",
    "experiment_result", "detect_anomalies", "explain_change", "feedback_search", "feedback_themes",
    "emotion_curve", "run_sql",
    "journey_map",
    "feedback_count",
    "metric_ratio",
    "day_retention",
)
FEEDBACK_TOOLS = frozenset({"feedback_search", "feedback_themes", "emotion_curve", "feedback_count"})


def build_tools(ctx: ToolContext) -> list[BaseTool]:
    """Every tool bound to one context."""
    return [importlib.import_module(f"tools.{m}").build(ctx) for m in TOOL_MODULES]
