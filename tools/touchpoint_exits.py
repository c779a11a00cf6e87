"""Tool `touchpoint_exits`: touchpoints ranked by customers whose journey ended there."""
from __future__ import annotations

from pydantic import Field

from tools.base import PeriodArgs, ToolContext, ToolResult, from_analysis, make_tool

NAME = "touchpoint_exits"
DESCRIPTION = ("Touchpoints ranked by exits (customers whose last touch in the period was there) and exit rate. "
               "Use for 'where do customers leave', 'top exit pages'.")


class ExitsArgs(PeriodArgs):
    top_n: int | None = Field(None, ge=1, le=100, description="keep the first N touchpoints")


def run(ctx: ToolContext, args: ExitsArgs) -> ToolResult:
    """Run the exit ranking."""
    from knowledge.analyses.exits import touchpoint_exits
    res = touchpoint_exits(ctx.gateway, ctx.layer, ctx.period(args.start, args.end), filters=args.filters,
                           top_n=args.top_n)
    return from_analysis(res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, ExitsArgs, run, ctx)
