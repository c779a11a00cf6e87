"""Tool `day_retention`: day-N retention ("D7", "次日留存") of the customers who started in a period."""
from __future__ import annotations

from pydantic import Field

from tools.base import Order, PeriodArgs, ToolContext, ToolResult, from_analysis, make_tool

NAME = "day_retention"
DESCRIPTION = ("Day-N retention (D1/D7/D30, 次日留存): of the customers whose first start event (start_touchpoint_id, "
               "e.g. install or sign-up; else their first event) falls in the period, the share with a return event "
               "(return_touchpoint_id, e.g. login; else any event) on day N after it (day 0 = the start day), or on "
               "any of days 1..N with within=true. Optionally per value of a dimension of the start event.")


class DayRetentionArgs(PeriodArgs):
    day: int = Field(..., ge=1, le=365, description="N: 1 for next-day retention, 7 for D7")
    start_touchpoint_id: str | None = Field(None, description="the step that starts the clock (install, sign-up)")
    return_touchpoint_id: str | None = Field(None, description="the step that counts as coming back (login)")
    within: bool = Field(False, description="true: came back on any day 1..N; false: on day N exactly")
    group_by: str | None = Field(None, description="dimension of the start event, e.g. campaign or device")
    order: Order = Field("desc", description="desc = best retention first")
    top_n: int | None = Field(None, ge=1, le=100, description="keep the first N groups")


def run(ctx: ToolContext, args: DayRetentionArgs) -> ToolResult:
    """Run the day-N retention analysis."""
    from knowledge.analyses.retention import day_n_retention
    res = day_n_retention(ctx.gateway, ctx.layer, ctx.period(args.start, args.end), day=args.day,
                          start_touchpoint=args.start_touchpoint_id, return_touchpoint=args.return_touchpoint_id,
                          within=args.within, filters=args.filters, group_by=args.group_by, order=args.order,
                          top_n=args.top_n)
    return from_analysis(res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, DayRetentionArgs, run, ctx)
