"""Tool `run_sql`: a guarded read-only SELECT for questions outside the templates."""
from __future__ import annotations

from pydantic import BaseModel, Field

from knowledge.results import AnalysisResult
from tools.base import ToolContext, ToolResult, analysis_data, summarize, make_tool

NAME = "run_sql"
DESCRIPTION = ("Run one read-only DuckDB SELECT over the known tables (events, orders, feedback, customers, "
               "touchpoints, journeys, experiments). Anything else is rejected; a LIMIT is enforced.")


class RunSqlArgs(BaseModel):
    sql: str = Field(..., min_length=1, description="a single SELECT statement")


def run(ctx: ToolContext, args: RunSqlArgs) -> ToolResult:
    """Guard the SQL, then run it through the gateway."""
    from knowledge.sql_guard import run_guarded
    res = run_guarded(ctx.gateway, args.sql, row_cap=ctx.sql_row_cap)
    typed = AnalysisResult("run_sql", list(res.columns), [list(r) for r in res.rows], sql=[res.sql],
                           sample_size={"rows": len(res.rows)}, notes=["truncated"] if res.truncated else [],
                           truncated=res.truncated)
    data = analysis_data(typed)
    if ctx.redact_text and "text" in res.columns:
        from tools.feedback_common import model_text
        return ToolResult(ok=True, text=model_text(ctx, data), data=data, result=typed)
    return ToolResult(ok=True, text=summarize(data), data=data, result=typed)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, RunSqlArgs, run, ctx)
