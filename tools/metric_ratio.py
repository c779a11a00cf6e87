"""Tool `metric_ratio`: a rate the asker defines as one count divided by another."""
from __future__ import annotations

from pydantic import BaseModel, Field

from knowledge.results import Filters
from tools.base import Order, PeriodArgs, ToolContext, ToolResult, from_analysis, make_tool

NAME = "metric_ratio"
DESCRIPTION = ("A rate the user defines as one count over another, e.g. 'acceptance rate = accepted requests / "
               "ride requests' or 'failed payments / all payment attempts': each side is a count metric "
               "(events, active_customers, orders, buyers, feedback_volume) with its own filters (the steps or "
               "values that side names); `filters` apply to both. The numerator may be a total instead (revenue / "
               "buyers: 'spend per paying customer', an amount per person, never a share), or both sides the same "
               "total ('share of revenue from fleet bills': revenue with the part's filters / revenue). In total, per value of "
               "a dimension (ranked), or per day/week/month (a trend).")


class RatioSideArgs(BaseModel):
    metric_id: str = Field(..., description="a count metric: events, active_customers, orders, buyers, feedback_volume "
                                            "(the numerator may be a total such as revenue)")
    filters: Filters = Field(default_factory=dict, description='this side only, e.g. {"touchpoint": ["tp_matched"]}')


class RatioArgs(PeriodArgs):
    numerator: RatioSideArgs = Field(..., description="what is counted on top")
    denominator: RatioSideArgs = Field(..., description="what it is divided by")
    dimension: str | None = Field(None, description="group by this dimension (a time grain gives a trend)")
    order: Order = Field("desc", description="desc = highest rate first, asc = lowest first")
    top_n: int | None = Field(None, ge=1, le=100, description="keep the first N groups")
    name: str | None = Field(None, max_length=60, description="the rate's name as the user said it")
    min_group: int | None = Field(None, ge=1, le=10_000_000, description="leave out groups whose denominator is "
                                  "smaller ('among provinces with at least 500 paid orders')")
    ranked: bool = Field(False, description="with a time grain as the dimension: the periods ranked by the rate "
                                            "('which month had the highest failure rate'), not in time order")


def run(ctx: ToolContext, args: RatioArgs) -> ToolResult:
    """Run the defined ratio."""
    from knowledge.analyses.ratio import RatioSide, defined_ratio
    res = defined_ratio(ctx.gateway, ctx.layer, RatioSide(args.numerator.metric_id, args.numerator.filters),
                        RatioSide(args.denominator.metric_id, args.denominator.filters),
                        ctx.period(args.start, args.end), filters=args.filters, dimension=args.dimension,
                        order=args.order, top_n=args.top_n, name=args.name, min_group=args.min_group,
                        ranked=args.ranked)
    return from_analysis(res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, RatioArgs, run, ctx)
