"""Tool `compare_periods`: one metric in a period against a baseline period."""
from __future__ import annotations

from pydantic import Field

from tools.base import PeriodArgs, StepArgs, ToolContext, ToolResult, UndatedArgs, from_analysis, make_tool

NAME = "compare_periods"
DESCRIPTION = ("Compare a metric in a period with a baseline period (default: the period of equal length right "
               "before; whole calendar months, quarters or years: the previous ones). Use for 'this week vs last "
               "week', 'month over month'.")


class ComparePeriodsArgs(PeriodArgs, StepArgs, UndatedArgs):
    metric_id: str = Field(..., description="metric id")
    baseline_start: str | None = Field(None, description="baseline first day, YYYY-MM-DD")
    baseline_end: str | None = Field(None, description="baseline last day, YYYY-MM-DD")


def run(ctx: ToolContext, args: ComparePeriodsArgs) -> ToolResult:
    """Run the period comparison."""
    from knowledge.analyses.compare import compare_periods
    period = ctx.period(args.start, args.end, undated=args.include_undated)
    asked = ctx.optional_period(args.baseline_start, args.baseline_end)
    baseline = asked or period.previous()
    res = compare_periods(ctx.gateway, ctx.layer, args.metric_id, period, baseline, filters=args.filters,
                          journey_id=args.journey_id, touchpoint_id=args.touchpoint_id, baseline_asked=asked is not None)
    return from_analysis(res, **({"baseline": baseline.to_dict()} if len(res.rows) > 1 else {}))


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, ComparePeriodsArgs, run, ctx)
