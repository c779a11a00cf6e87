"""Tool `metric_breakdown`: one metric split by a dimension and ranked."""
from __future__ import annotations

from pydantic import Field

from tools.base import Order, PeriodArgs, StepArgs, ToolContext, ToolResult, UndatedArgs, from_analysis, make_tool

NAME = "metric_breakdown"
DESCRIPTION = ("A metric per value of a dimension (device, channel, segment, touchpoint, ...), ranked. "
               "Use for rankings like 'which channel has the most orders', 'lowest rating touchpoints'.")


class BreakdownArgs(PeriodArgs, StepArgs, UndatedArgs):
    metric_id: str = Field(..., description="metric id")
    dimension: str = Field(..., description="dimension id, e.g. device, channel, segment, touchpoint")
    top_n: int | None = Field(None, ge=1, le=100, description="keep the first N values")
    order: Order = Field("desc", description="desc = highest first, asc = lowest first")


def run(ctx: ToolContext, args: BreakdownArgs) -> ToolResult:
    """Run the breakdown analysis."""
    from knowledge.analyses.breakdown import metric_breakdown
    res = metric_breakdown(ctx.gateway, ctx.layer, args.metric_id, args.dimension, ctx.period(args.start, args.end, undated=args.include_undated),
                           filters=args.filters, top_n=args.top_n, order=args.order, journey_id=args.journey_id,
                           touchpoint_id=args.touchpoint_id)
    return from_analysis(res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, BreakdownArgs, run, ctx)
