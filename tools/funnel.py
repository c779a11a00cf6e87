"""Tool `funnel`: step-by-step conversion of one journey (knowledge.analyses.funnel)."""
from __future__ import annotations

from pydantic import Field

from tools.base import PeriodArgs, ToolContext, ToolResult, from_analysis, make_tool

NAME = "funnel"
DESCRIPTION = ("Step-by-step funnel of one journey: users reaching each step, step conversion, drop-off. "
               "Use for 'show the signup funnel', 'conversion of the purchase journey by device'.")


class FunnelArgs(PeriodArgs):
    journey_id: str = Field(..., description="journey id, see describe_data")
    group_by: str | None = Field(None, description="dimension id to split the funnel by, e.g. device")
    window_days: int | None = Field(None, ge=1, le=365, description="days allowed from the first step to the last")


def run(ctx: ToolContext, args: FunnelArgs) -> ToolResult:
    """Run the funnel analysis."""
    from knowledge.analyses.funnel import funnel
    res = funnel(ctx.gateway, ctx.layer, args.journey_id, ctx.period(args.start, args.end), args.filters,
                 group_by=args.group_by, window_days=args.window_days)
    return from_analysis(res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, FunnelArgs, run, ctx)
