"""Tool `describe_data`: what the workspace holds (journeys, touchpoints, metrics, dates, row counts)."""
from __future__ import annotations

from pydantic import BaseModel

from knowledge.results import AnalysisResult
from tools.base import ToolContext, ToolResult, analysis_data, json_safe, make_tool

NAME = "describe_data"
DESCRIPTION = ("What data is loaded: journeys and their steps, touchpoints, metrics, dimensions, date coverage "
               "and row counts. Call first when unsure which ids exist.")
TIMED = {"events": "ts", "orders": "ts", "feedback": "ts"}


class DescribeArgs(BaseModel):
    pass


def run(ctx: ToolContext, args: DescribeArgs) -> ToolResult:
    """Read the catalogue of the workspace through the gateway."""
    gw = ctx.gateway
    tables = gw.table_columns()
    from knowledge.derived import DERIVED_TABLES  # built by ingestion for speed: not the company's data
    rows = []
    for name in sorted(t for t in tables if not t.startswith("_") and t not in DERIVED_TABLES):
        col = TIMED.get(name)
        sel = (f"count(*), min({col}), max({col}), count(*) - count({col})" if col and col in tables[name]
               else "count(*), NULL, NULL, NULL")
        n, lo, hi, undated = gw.query(f'SELECT {sel} FROM "{name}"').rows[0]
        rows.append([name, n, json_safe(lo), json_safe(hi), undated])
    journeys = gw.query("SELECT journey_id, any_value(journey_name), count(*) FROM journeys GROUP BY 1 ORDER BY 1").rows \
        if "journeys" in tables else []
    tps = gw.query("SELECT touchpoint_id, name, stage FROM touchpoints ORDER BY position NULLS LAST, touchpoint_id").rows \
        if "touchpoints" in tables else []
    facts = {"journeys": [{"journey_id": j, "name": n, "steps": s} for j, n, s in journeys],
             "touchpoints": [{"touchpoint_id": t, "name": n, "stage": s} for t, n, s in tps],
             "metrics": sorted(ctx.layer.metrics), "dimensions": sorted(ctx.layer.dimensions),
             "as_of": ctx.as_of.isoformat()}
    res = AnalysisResult("describe_data", ["table", "rows", "first", "last", "without_date"], rows, facts=facts)
    data = analysis_data(res)
    text = "\n".join([
        "tables: " + "; ".join((f"{t} {n} rows ({lo} .. {hi})" if lo else f"{t} {n} rows")
                               + (f", {u} without a date" if u else "") for t, n, lo, hi, u in rows),
        "journeys: " + ", ".join(f"{j['journey_id']} ({j['name']}, {j['steps']} steps)" for j in facts["journeys"]),
        "touchpoints: " + ", ".join(f"{t['touchpoint_id']} ({t['name']})" for t in facts["touchpoints"]),
        "metrics: " + ", ".join(facts["metrics"]),
        "dimensions: " + ", ".join(facts["dimensions"]),
        f"as-of date: {facts['as_of']}",
    ])
    return ToolResult(ok=True, text=text, data=data, result=res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, DescribeArgs, run, ctx)
