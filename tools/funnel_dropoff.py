"""Tool `funnel_dropoff`: journey steps ranked by users lost (knowledge.analyses.dropoff)."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from tools.base import PeriodArgs, ToolContext, ToolResult, from_analysis, make_tool

NAME = "funnel_dropoff"
DESCRIPTION = ("Journey steps ranked by users lost before the next step (drop-off rate, users lost). "
               "journey_id null → every journey. Use for 'which touchpoint loses the most users'.")


class DropoffArgs(PeriodArgs):
    journey_id: str | None = Field(None, description="journey id; null for all journeys")
    top_n: int | None = Field(None, ge=1, le=100, description="keep the first N steps")
    rank_by: Literal["users_lost", "drop_off_rate"] | None = Field(
        None, description="rank steps by users lost (default) or by the share lost (a rate asked)")


def run(ctx: ToolContext, args: DropoffArgs) -> ToolResult:
    """Run the step drop-off analysis."""
    from knowledge.analyses.dropoff import step_dropoff
    res = step_dropoff(ctx.gateway, ctx.layer, ctx.period(args.start, args.end), journey_id=args.journey_id,
                       filters=args.filters, top_n=args.top_n, rank_by=args.rank_by or "users_lost")
    return from_analysis(res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, DropoffArgs, run, ctx)
