"""Tool `experiment_result`: conversion per variant of an A/B test, with significance."""
from __future__ import annotations

from pydantic import BaseModel, Field

from tools.base import ToolContext, ToolResult, from_analysis, make_tool

NAME = "experiment_result"
DESCRIPTION = ("Result of an A/B experiment: customers and conversion per variant, lift and significance. "
               "experiment_id null → the latest experiment (of the journey when given).")


class ExperimentArgs(BaseModel):
    experiment_id: str | None = Field(None, description="experiment id")
    journey_id: str | None = Field(None, description="journey whose conversion is the outcome")
    start: str | None = Field(None, description="first day, YYYY-MM-DD")
    end: str | None = Field(None, description="last day, YYYY-MM-DD")


def run(ctx: ToolContext, args: ExperimentArgs) -> ToolResult:
    """Run the experiment analysis."""
    from knowledge.analyses.experiment import experiment_result
    res = experiment_result(ctx.gateway, ctx.layer, experiment_id=args.experiment_id, journey_id=args.journey_id,
                            period=ctx.optional_period(args.start, args.end))
    return from_analysis(res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, ExperimentArgs, run, ctx)
