"""Tool `metric_trend`: one metric over time (knowledge.analyses.trend)."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from tools.base import PeriodArgs, StepArgs, ToolContext, ToolResult, from_analysis, make_tool

NAME = "metric_trend"
DESCRIPTION = ("A metric per day, week or month over the period. Use for 'how did orders develop last month', "
               "'daily conversion trend'.")


class TrendArgs(PeriodArgs, StepArgs):
    metric_id: str = Field(..., description="metric id, see describe_data")
    grain: Literal["day", "week", "month", "quarter", "year"] = Field("day", description="time grain")


def run(ctx: ToolContext, args: TrendArgs) -> ToolResult:
    """Run the trend analysis."""
    from knowledge.analyses.trend import metric_trend
    res = metric_trend(ctx.gateway, ctx.layer, args.metric_id, ctx.period(args.start, args.end), grain=args.grain,
                       filters=args.filters, journey_id=args.journey_id, touchpoint_id=args.touchpoint_id)
    return from_analysis(res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, TrendArgs, run, ctx)
