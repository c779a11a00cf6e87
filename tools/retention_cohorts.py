"""Tool `retention_cohorts`: share of each signup cohort still active after N days."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from tools.base import PeriodArgs, ToolContext, ToolResult, from_analysis, make_tool

NAME = "retention_cohorts"
DESCRIPTION = "Retention by signup cohort (month or week): share of customers active again within window_days."


class RetentionArgs(PeriodArgs):
    window_days: int = Field(30, ge=1, le=365, description="days after signup that count as retained")
    grain: Literal["month", "week"] = Field("month", description="cohort grain")


def run(ctx: ToolContext, args: RetentionArgs) -> ToolResult:
    """Run the retention analysis."""
    from knowledge.analyses.retention import retention_cohorts
    res = retention_cohorts(ctx.gateway, ctx.layer, ctx.period(args.start, args.end), window_days=args.window_days,
                            grain=args.grain, filters=args.filters)
    return from_analysis(res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, RetentionArgs, run, ctx)
