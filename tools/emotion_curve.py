"""Tool `emotion_curve`: average sentiment along the journey (per touchpoint or stage)."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from knowledge.results import Filters
from tools.base import ToolContext, ToolResult, from_analysis, make_tool

NAME = "emotion_curve"
DESCRIPTION = "Average sentiment of comments per touchpoint (in journey order) or per stage: the emotion curve."


class EmotionArgs(BaseModel):
    by: Literal["touchpoint", "stage"] = "touchpoint"
    start: str | None = Field(None, description="first day, YYYY-MM-DD")
    end: str | None = Field(None, description="last day, YYYY-MM-DD")
    filters: Filters | None = None


def run(ctx: ToolContext, args: EmotionArgs) -> ToolResult:
    """Run the emotion curve."""
    from knowledge.feedback.emotion import emotion_curve
    with ctx.feedback_guard():
        res = emotion_curve(ctx.gateway, ctx.layer, by=args.by, period=ctx.optional_period(args.start, args.end),
                            filters=args.filters)
    return from_analysis(res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, EmotionArgs, run, ctx)
