"""Tool `feedback_search`: customer comments closest in meaning to a query (Chroma index)."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from knowledge.results import Filters
from tools.base import ToolContext, ToolResult, analysis_data, make_tool
from tools.feedback_common import citations_from, model_text

NAME = "feedback_search"
DESCRIPTION = ("Semantic search over customer comments (zh and en), optionally limited to touchpoints, stage, "
               "period, sentiment, rating or language. Returns quotes with feedback_id.")


class SearchArgs(BaseModel):
    query: str = Field(..., min_length=1, description="what the comments should be about, any language")
    touchpoint_ids: list[str] | None = Field(None, description="only comments about these touchpoints")
    stage: str | None = Field(None, description="journey stage id")
    start: str | None = Field(None, description="first day, YYYY-MM-DD")
    end: str | None = Field(None, description="last day, YYYY-MM-DD")
    sentiment: Literal["positive", "neutral", "negative"] | None = None
    rating_min: float | None = None
    rating_max: float | None = None
    language: Literal["zh", "en", "mixed"] | None = None
    filters: Filters | None = None
    k: int = Field(10, ge=1, le=50, description="number of comments")


def run(ctx: ToolContext, args: SearchArgs) -> ToolResult:
    """Search the feedback index (imports Chroma and the embedder only now)."""
    from knowledge.feedback.search import search_feedback
    with ctx.feedback_guard():
        res = search_feedback(ctx.workspace, ctx.gateway, args.query, k=args.k, touchpoint_ids=args.touchpoint_ids,
                              stage=args.stage, period=ctx.optional_period(args.start, args.end),
                              sentiment=args.sentiment, rating_min=args.rating_min, rating_max=args.rating_max,
                              language=args.language, filters=args.filters, layer=ctx.layer, index=ctx.index())
    data = analysis_data(res)
    data["citations"] = citations_from(data)
    return ToolResult(ok=True, text=model_text(ctx, data), data=data, result=res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, SearchArgs, run, ctx)
