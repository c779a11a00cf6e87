"""Tool `explain_change`: why a metric moved, decomposed by the dimension that explains most."""
from __future__ import annotations

from pydantic import Field

from knowledge.results import AnalysisResult
from tools.base import PeriodArgs, StepArgs, ToolContext, ToolResult, from_analysis, make_tool

NAME = "explain_change"
DESCRIPTION = ("Why a metric changed between a period and a baseline (default: the previous period of equal "
               "length): contribution of each value of a dimension. dimension null → tries the standard ones.")
STANDARD_DIMENSIONS = ("device", "channel", "segment", "touchpoint")


class ExplainChangeArgs(PeriodArgs, StepArgs):
    metric_id: str = Field(..., description="metric id")
    baseline_start: str | None = None
    baseline_end: str | None = None
    dimension: str | None = Field(None, description="dimension id; null to pick the most explaining one")


def explained(res: AnalysisResult) -> float:
    """How much of the change the top value of a decomposition explains (for picking a dimension)."""
    share = res.facts.get("explained_share")
    if isinstance(share, (int, float)):
        return abs(float(share))
    for col in ("contribution", "share_of_change", "delta"):
        if col in res.columns and res.rows:
            vals = [abs(float(v)) for v in (r[res.columns.index(col)] for r in res.rows) if isinstance(v, (int, float))]
            return max(vals, default=0.0)
    return 0.0


def run(ctx: ToolContext, args: ExplainChangeArgs) -> ToolResult:
    """Run the driver decomposition (over several dimensions when none is named)."""
    from knowledge.analyses.drivers import driver_decomposition
    from knowledge.errors import JourneyError
    period = ctx.period(args.start, args.end)
    baseline = ctx.optional_period(args.baseline_start, args.baseline_end) or period.previous()

    def decompose(dim: str | None) -> AnalysisResult:
        return driver_decomposition(ctx.gateway, ctx.layer, args.metric_id, period, baseline, dimension=dim,
                                    filters=args.filters, journey_id=args.journey_id, touchpoint_id=args.touchpoint_id)

    if args.dimension:
        return from_analysis(decompose(args.dimension), baseline=baseline.to_dict())
    tried: list[tuple[float, str, AnalysisResult]] = []
    errors: list[JourneyError] = []
    for dim in STANDARD_DIMENSIONS:
        if dim not in ctx.layer.dimensions or (args.filters and dim in args.filters):
            continue
        if dim == "touchpoint" and args.touchpoint_id:
            continue
        try:
            res = decompose(dim)
        except JourneyError as exc:  # a dimension that cannot slice this metric is just skipped
            errors.append(exc)
            continue
        tried.append((explained(res), dim, res))
    if not tried:
        if errors:
            raise errors[0]
        return from_analysis(decompose(None), baseline=baseline.to_dict())
    score, dim, best = max(tried, key=lambda t: t[0])
    return from_analysis(best, baseline=baseline.to_dict(), dimension=dim,
                         dimensions_tried=[d for _, d, _ in tried])


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, ExplainChangeArgs, run, ctx)
