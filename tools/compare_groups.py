"""Tool `compare_groups`: one metric for two values of a dimension, with significance."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from tools.base import PeriodArgs, StepArgs, ToolContext, ToolResult, UndatedArgs, from_analysis, make_tool

NAME = "compare_groups"
DESCRIPTION = ("Compare a metric between two groups of one dimension (e.g. device android vs ios), "
               "with the difference and its significance.")


class CompareGroupsArgs(PeriodArgs, StepArgs, UndatedArgs):
    metric_id: str = Field(..., description="metric id")
    dimension: str = Field(..., description="dimension id")
    group_a: str = Field(..., description="raw value of the first group")
    group_b: str = Field(..., description="raw value of the second group")
    order: Literal["desc", "asc"] | None = Field(None, description="desc / asc: list the groups by value (the question "
                                                 "asks which of the two has more / less); default as given")


def run(ctx: ToolContext, args: CompareGroupsArgs) -> ToolResult:
    """Run the group comparison."""
    from knowledge.analyses.compare import compare_groups
    res = compare_groups(ctx.gateway, ctx.layer, args.metric_id, args.dimension, args.group_a, args.group_b,
                         ctx.period(args.start, args.end, undated=args.include_undated), filters=args.filters, journey_id=args.journey_id,
                         touchpoint_id=args.touchpoint_id, order=args.order)
    return from_analysis(res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, CompareGroupsArgs, run, ctx)
