"""Tool `path_transitions`: where customers go next (or came from) around a touchpoint."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from tools.base import PeriodArgs, ToolContext, ToolResult, from_analysis, make_tool

NAME = "path_transitions"
DESCRIPTION = ("Most common moves between touchpoints: after (direction=next) or before (direction=previous) a "
               "touchpoint, or overall when touchpoint_id is null. Use for 'where do users go after payment'.")


class PathArgs(PeriodArgs):
    touchpoint_id: str | None = Field(None, description="touchpoint id; null for the most common transitions overall")
    direction: Literal["next", "previous"] = Field("next", description="next or previous touchpoint")
    top_n: int = Field(10, ge=1, le=100, description="number of transitions")


def run(ctx: ToolContext, args: PathArgs) -> ToolResult:
    """Run the path analysis."""
    from knowledge.analyses.paths import path_transitions
    res = path_transitions(ctx.gateway, ctx.layer, ctx.period(args.start, args.end), touchpoint_id=args.touchpoint_id,
                           direction=args.direction, filters=args.filters, top_n=args.top_n)
    return from_analysis(res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, PathArgs, run, ctx)
