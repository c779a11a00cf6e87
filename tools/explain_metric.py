"""Tool `explain_metric`: a metric's definition, formula, how it is computed here, caveats."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, model_validator

from knowledge.results import AnalysisResult
from tools.base import ToolContext, ToolResult, analysis_data, make_tool

NAME = "explain_metric"
DESCRIPTION = "Definition, formula, how it is computed in this workspace (SQL or analysis) and caveats of a metric."


class ExplainMetricArgs(BaseModel):
    metric_id: str | None = Field(None, description="metric id, see describe_data")
    lang: Literal["zh", "en"] | None = Field(None, description="language of the explanation")
    term: str | None = Field(None, max_length=40, description="the rate's name as the asker said it ('返修率')")
    touchpoint_id: str | None = Field(None, description="with step_conversion: the step whose own rate is meant")
    base_touchpoint_id: str | None = Field(None, description="the step before it, whose customers are the base")
    concept: Literal["come_back"] | None = Field(None, description="come_back: a return within N days of a first "
                                                                  "visit ('回头率'), computed by day_retention")

    @model_validator(mode="after")
    def _something(self) -> "ExplainMetricArgs":
        if not self.metric_id and not self.concept:
            raise ValueError("give metric_id (see describe_data) or concept")
        return self


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
    """Look the metric up in the semantic layer (a step's own rate, or a come-back rate, said from its parts)."""
    lang = args.lang or ctx.language
    if args.concept == "come_back" or not args.metric_id:
        facts = {"concept": "come_back", "term": args.term or ""}
        res = AnalysisResult("explain_metric", [], [], facts=facts)
        return ToolResult(ok=True, text=f"{args.term}: come-back within N days (day_retention)", data=analysis_data(res),
                          result=res)
    m = ctx.layer.metric(args.metric_id)

    def pick(d: dict[str, str]) -> str:
        return d.get(lang) or d.get("en") or next(iter(d.values()), "") if d else ""

    facts = {"metric_id": m.id, "name": m.label(lang), "definition": pick(m.definition),
             "formula": pick(m.formula), "how": how_computed(m), "unit": m.unit,
             "caveats": pick(m.caveats), "higher_is_better": m.higher_is_better,
             "aliases": (m.aliases.get(lang) or [])[:6]}
    if args.touchpoint_id:
        facts.update({"term": args.term or "", "touchpoint_id": args.touchpoint_id,
                      "base_touchpoint_id": args.base_touchpoint_id})
    res = AnalysisResult("explain_metric", [], [], metrics=[m.id], facts=facts)
    data = analysis_data(res)
    text = "\n".join(f"{k}: {v}" for k, v in facts.items() if v not in ("", None, []))
    return ToolResult(ok=True, text=text, data=data, result=res)


def build(ctx: ToolContext):
    """The LangChain tool."""
    return make_tool(NAME, DESCRIPTION, ExplainMetricArgs, run, ctx)
