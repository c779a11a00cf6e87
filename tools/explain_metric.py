"""Tool `explain_metric`: a metric's definition, formula, how it is computed here, caveats."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from knowledge.results import AnalysisResult
from tools.base import ToolContext, ToolResult, analysis_data, make_tool

NAME = "explain_metric"
DESCRIPTION = "Definition, formula, how it is computed in this workspace (SQL or analysis) and caveats of a metric."


class ExplainMetricArgs(BaseModel):
    metric_id: str = Field(..., description="metric id, see describe_data")
    lang: Literal["zh", "en"] | None = Field(None, description="language of the explanation")


def how_computed(metric) -> str:
    """The SQL or analysis that computes the metric, as written in the semantic layer."""
    where = f" WHERE {metric.where}" if metric.where else ""
    if metric.kind == "ratio" and metric.numerator and metric.denominator:
        return f"({metric.numerator}) / ({metric.denominator}) over {metric.table or 'its table'}{where}"
    if metric.kind == "analysis":
        return f"analysis `{metric.analysis or metric.id}` (knowledge.analyses)"
    if metric.sql:
        return f"SELECT {metric.sql} FROM {metric.table or '?'}{where}"
    return metric.kind


def run(ctx: ToolContext, args: ExplainMetricArgs) -> ToolResult:
    """Look the metric up in the semantic layer."""
    m = ctx.layer.metric(args.metric_id)
    lang = args.lang or ctx.language

    def pick(d: dict[str, str]) -> str:
        return d.get(lang) or d.get("en") or next(iter(d.values()), "") if d else ""

    facts = {"metric_id": m.id, "name": m.label(lang), "definition": pick(m.definition),
             "formula": pick(m.formula), "how": how_computed(m), "unit": m.unit,
             "caveats": pick(m.caveats), "higher_is_better": m.higher_is_better,
             "aliases": (m.aliases.get(lang) or [])[:6]}
    res = AnalysisResult("explain_metric", [], [], metrics=[m.id], facts=facts)
    data = analysis_data(res)
    text = "\n".join(f"{k}: {v}" for k, v in facts.items() if v not in ("", None, []))
    return ToolResult(ok=True, text=text, data=data, result=res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, ExplainMetricArgs, run, ctx)
