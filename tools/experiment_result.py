"""Tool `experiment_result`: conversion per variant of an A/B test, with significance."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from tools.base import ToolContext, ToolResult, from_analysis, make_tool

NAME = "experiment_result"
DESCRIPTION = ("Result of an A/B experiment: customers and conversion per variant, lift and significance. "
               "experiment_id null → the latest experiment (of the journey when given). The outcome is a paid order, the "
               "journey, or reaching outcome_touchpoint_ids, within window_days of assignment when given (of the "
               "customers who reached base_touchpoint_id, within window_days of that, when given).")


class ExperimentArgs(BaseModel):
    experiment_id: str | None = Field(None, description="experiment id")
    journey_id: str | None = Field(None, description="journey whose conversion is the outcome")
    start: str | None = Field(None, description="first day, YYYY-MM-DD")
    end: str | None = Field(None, description="last day, YYYY-MM-DD")
    outcome_touchpoint_ids: list[str] | None = Field(
        None, max_length=20, description="converted = reached one of these steps after assignment (instead of a paid "
                                        "order or the journey)")
    window_days: int | None = Field(None, ge=1, le=366,
                                    description="count a conversion only within this many days of assignment")
    variant: str | None = Field(None, max_length=200, description="the variant asked about; its row comes first")
    outcome_actions: list[str] | None = Field(None, max_length=20,
                                              description="only events with these actions at the outcome steps count")
    order: Literal["asc", "desc"] = Field("desc", description="asc: the lowest rate first (an unwanted outcome)")
    base_touchpoint_id: str | None = Field(None, max_length=200,
                                           description="only customers who reached this step after assignment count; "
                                                       "the window runs from their first event there")


def run(ctx: ToolContext, args: ExperimentArgs) -> ToolResult:
    """Run the experiment analysis."""
    from knowledge.analyses.experiment import experiment_result
    res = experiment_result(ctx.gateway, ctx.layer, experiment_id=args.experiment_id, journey_id=args.journey_id,
                            period=ctx.optional_period(args.start, args.end),
                            outcome_touchpoint_ids=args.outcome_touchpoint_ids, window_days=args.window_days,
                            variant=args.variant, outcome_actions=args.outcome_actions, order=args.order,
                            base_touchpoint_id=args.base_touchpoint_id)
    return from_analysis(res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, ExperimentArgs, run, ctx)
