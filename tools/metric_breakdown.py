"""Tool `metric_breakdown`: one metric split by a dimension and ranked."""
from __future__ import annotations

from pydantic import Field

from tools.base import (Order, PeriodArgs, StepArgs, ToolContext, ToolResult, UndatedArgs, analysis_data, from_analysis,
                        make_tool, summarize)

NAME = "metric_breakdown"
DESCRIPTION = ("A metric per value of a dimension (device, channel, segment, touchpoint, ...), ranked. "
               "Use for rankings like 'which channel has the most orders', 'lowest rating touchpoints'.")


class BreakdownArgs(PeriodArgs, StepArgs, UndatedArgs):
    metric_id: str = Field(..., description="metric id")
    dimension: str = Field(..., description="dimension id, e.g. device, channel, segment, touchpoint")
    top_n: int | None = Field(None, ge=1, le=100, description="keep the first N values")
    order: Order = Field("desc", description="desc = highest first, asc = lowest first")
    focus: list[str] | None = Field(None, description="values the question asks the share of ('what share of orders "
                                                       "came through the app'); the answer leads with them")
    min_group: int | None = Field(None, ge=1, le=10_000_000, description="leave out groups with fewer rows than this "
                                  "('provinces with at least 100 orders')")
    distinct: bool = Field(False, description="answer how many different values of the dimension have rows "
                                              "('how many different cities'), the groups listed after the count")


def run(ctx: ToolContext, args: BreakdownArgs) -> ToolResult:
    """Run the breakdown analysis."""
    from knowledge.analyses.breakdown import metric_breakdown
    res = metric_breakdown(ctx.gateway, ctx.layer, args.metric_id, args.dimension, ctx.period(args.start, args.end, undated=args.include_undated),
                           filters=args.filters, top_n=None if args.distinct else args.top_n, order=args.order,
                           journey_id=args.journey_id, touchpoint_id=args.touchpoint_id, min_group=args.min_group)
    if not args.distinct and len(args.focus or []) < 2:
        return from_analysis(res)
    data = analysis_data(res)
    if args.distinct:
        _distinct_first(data)
    else:
        _focus_together(data, [str(v) for v in args.focus or []])
    return ToolResult(ok=True, text=summarize(data), data=data, result=res)


def _focus_together(data: dict, focus: list[str]) -> None:
    """"What share of reviews are 1–3 stars": the values asked about together get one row after the ranking (their
    summed count and share), so the number the answer states is in its table."""
    cols, rows = list(data.get("columns") or []), [list(r) for r in data.get("rows") or []]
    if "share" not in cols or "value" not in cols:
        return
    vi, si, ni = cols.index("value"), cols.index("share"), cols.index("n") if "n" in cols else None
    hit = [r for r in rows if str(r[0]) in focus]
    if len(hit) < 2 or any(r[si] is None or r[vi] is None for r in hit):
        return  # a rate or an average has no share to add up
    row: list = [None] * len(cols)
    row[0] = " + ".join(str(r[0]) for r in hit)
    row[vi], row[si] = sum(r[vi] for r in hit), sum(r[si] for r in hit)
    if ni is not None:
        row[ni] = sum(r[ni] or 0 for r in hit)
    data["rows"] = rows + [row]
    data.setdefault("facts", {})["focus_total"] = {"value": row[vi], "share": row[si]}


def _distinct_first(data: dict) -> None:
    """The number of the dimension's values that have rows leads; the values themselves follow it. A group
    without a value ("not given") is no value of its own."""
    cols, rows = list(data.get("columns") or []), [list(r) for r in data.get("rows") or []]
    vi = cols.index("value")
    known = [r for r in rows if r[0] is not None and (r[vi] or 0) > 0]
    data["extra_tables"] = [{"key": "groups", "columns": cols, "rows": rows}] + list(data.get("extra_tables") or [])
    data["columns"] = ["distinct_values", "rows", "rows_without_value"]
    data["rows"] = [[len(known), sum(r[vi] or 0 for r in rows), sum(r[vi] or 0 for r in rows if r[0] is None)]]
    data.setdefault("facts", {})["distinct_values"] = len(known)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, BreakdownArgs, run, ctx)
