"""Tool `detect_anomalies`: days where a metric left its usual range."""
from __future__ import annotations

from pydantic import Field

from tools.base import PeriodArgs, StepArgs, ToolContext, ToolResult, from_analysis, make_tool

NAME = "detect_anomalies"
DESCRIPTION = "Days in the period where a metric was unusually high or low (robust z-score). Use for 'any spikes?'."


class AnomalyArgs(PeriodArgs, StepArgs):
    metric_id: str = Field(..., description="metric id")


def run(ctx: ToolContext, args: AnomalyArgs) -> ToolResult:
    """Run the anomaly detection."""
    from knowledge.analyses.anomalies import detect_anomalies
    kwargs = {k: v for k, v in (("journey_id", args.journey_id), ("touchpoint_id", args.touchpoint_id)) if v}
    res = detect_anomalies(ctx.gateway, ctx.layer, args.metric_id, ctx.period(args.start, args.end),
                           filters=args.filters, **kwargs)
    return from_analysis(res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, AnomalyArgs, run, ctx)
