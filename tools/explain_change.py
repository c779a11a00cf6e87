"""Tool `explain_change`: why a metric moved, decomposed by the dimension that explains most."""
from __future__ import annotations

from pydantic import Field

from tools.base import PeriodArgs, StepArgs, ToolContext, ToolResult, from_analysis, make_tool

NAME = "explain_change"
DESCRIPTION = ("Why a metric changed between a period and a baseline (default: the previous period of equal "
               "length): contribution of each value of a dimension (rate and mix effects). dimension null → the "
               "standard dimensions are tried and the one that explains most is kept.")


class ExplainChangeArgs(PeriodArgs, StepArgs):
    metric_id: str = Field(..., description="metric id")
    baseline_start: str | None = None
    baseline_end: str | None = None
    dimension: str | None = Field(None, description="dimension id; null to pick the most explaining one")


def run(ctx: ToolContext, args: ExplainChangeArgs) -> ToolResult:
    """Run the driver decomposition (it tries the standard dimensions itself when none is named)."""
    from knowledge.analyses.drivers import driver_decomposition
    period = ctx.period(args.start, args.end)
    baseline = ctx.optional_period(args.baseline_start, args.baseline_end) or period.previous()
    res = driver_decomposition(ctx.gateway, ctx.layer, args.metric_id, period, baseline, dimension=args.dimension,
                               filters=args.filters, journey_id=args.journey_id, touchpoint_id=args.touchpoint_id)
    return from_analysis(res, baseline=baseline.to_dict(), dimension=res.facts.get("dimension", args.dimension))


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, ExplainChangeArgs, run, ctx)
