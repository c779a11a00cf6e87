"""Tool `feedback_themes`: the main pain points / praise themes with quotes."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from knowledge.results import Filters
from tools.base import ToolContext, ToolResult, analysis_data, make_tool
from tools.feedback_common import citations_from, model_text

NAME = "feedback_themes"
DESCRIPTION = ("Themes of customer comments (pain points or praise) with counts, share, sentiment and quotes, "
               "optionally for touchpoints, a stage, a period or a sentiment. Use for 'what do users complain about'.")


class ThemesArgs(BaseModel):
    touchpoint_ids: list[str] | None = Field(None, description="only comments about these touchpoints")
    stage: str | None = Field(None, description="journey stage id")
    start: str | None = Field(None, description="first day, YYYY-MM-DD")
    end: str | None = Field(None, description="last day, YYYY-MM-DD")
    sentiment: Literal["positive", "neutral", "negative"] | None = None
    filters: Filters | None = None
    top_n: int = Field(6, ge=1, le=30)
    lang: Literal["zh", "en"] | None = Field(None, description="language of the theme labels")


def run(ctx: ToolContext, args: ThemesArgs) -> ToolResult:
    """Run the theme analysis."""
    from knowledge.feedback.themes import feedback_themes
    with ctx.feedback_guard():
        res = feedback_themes(ctx.gateway, ctx.layer, period=ctx.optional_period(args.start, args.end),
                              filters=args.filters, touchpoint_ids=args.touchpoint_ids, stage=args.stage,
                              sentiment=args.sentiment, lang=args.lang or ctx.language, top_n=args.top_n,
                              index=ctx.index())
    data = analysis_data(res)
    data["citations"] = citations_from(data)
    return ToolResult(ok=True, text=model_text(ctx, data), data=data, result=res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, ThemesArgs, run, ctx)
