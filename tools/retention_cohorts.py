"""Tool `retention_cohorts`: repurchase cohorts — share of first-time buyers who order again within N days."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from tools.base import PeriodArgs, ToolContext, ToolResult, from_analysis, make_tool

NAME = "retention_cohorts"
DESCRIPTION = ("Repurchase cohorts by first paid order (month or week): share of customers who order again within "
               "window_days; group_by splits every cohort by a dimension such as segment; group_by with order ranks "
               "the groups (which channel repurchases most/least).")


class RetentionArgs(PeriodArgs):
    window_days: int = Field(30, ge=1, le=365, description="days after the first order in which a repeat order counts")
    grain: Literal["month", "week"] = Field("month", description="cohort grain")
    group_by: str | None = Field(None, description="dimension id to split cohorts by, e.g. segment")
    order: Literal["desc", "asc"] | None = Field(None, description="with group_by: rank the groups by repurchase rate "
                                                 "(one row per group over all cohorts) instead of splitting cohorts")


def run(ctx: ToolContext, args: RetentionArgs) -> ToolResult:
    """Run the retention analysis."""
    from knowledge.analyses.retention import retention_cohorts
    res = retention_cohorts(ctx.gateway, ctx.layer, ctx.period(args.start, args.end), window_days=args.window_days,
                            grain=args.grain, filters=args.filters, group_by=args.group_by,
                            order=args.order if args.group_by else None)
    return from_analysis(res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, RetentionArgs, run, ctx)
