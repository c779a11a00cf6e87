"""What every tool shares: its context, its result, argument pieces and the LangChain adapter."""
from __future__ import annotations

import logging

import math
import time
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, Callable, Literal, Protocol

from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, Field, ValidationError

from knowledge.errors import BadInputError, JourneyError
from knowledge.gateway import Gateway
from knowledge.results import AnalysisResult, Filters, Period
from knowledge.sql_inline import RecordingGateway
from knowledge.semantic.layer import SemanticLayer
from knowledge.workspace import Workspace

DEFAULT_PERIOD_DAYS = 30
TEXT_ROWS = 10  # rows a model reads in a tool's text; the answer keeps them all


@dataclass(frozen=True)
class ToolContext:
    """Everything a tool needs, injected once per agent (STYLE: dependencies via constructors)."""

    workspace: Workspace
    gateway: Gateway
    layer: SemanticLayer
    as_of: date
    redact_text: bool = False  # comment text in tool text goes through redact_pii (external LLMs)
    sql_row_cap: int = 200
    language: str = "en"
    # Chroma and the embedder are not safe to open from two tool threads at once
    feedback_lock: Any = field(default=None, compare=False)
    # returns the shared, already-open feedback index (None → each call opens its own, slowly)
    feedback_index: Callable[[], Any] | None = field(default=None, compare=False)
    # checks a call's arguments before it runs (a language model's calls): None lets it run, else a
    # refusal the model reads instead of an empty result (assistant/call_check.py)
    check_call: Callable[[str, dict[str, Any]], "CallRefusal | None"] | None = field(default=None, compare=False)

    def period(self, start: str | None, end: str | None, *, undated: bool = False) -> Period:
        """Inclusive period from ISO strings; omitted parts default to the 30 days ending at as-of."""
        end_d = _parse_date(end, "end") if end else None
        start_d = _parse_date(start, "start") if start else None
        if end_d is None:
            end_d = self.as_of if start_d is None or start_d <= self.as_of else start_d + timedelta(days=DEFAULT_PERIOD_DAYS - 1)
        if start_d is None:
            start_d = end_d - timedelta(days=DEFAULT_PERIOD_DAYS - 1)
        if end_d < start_d:
            raise JourneyError(f"period end {end_d} is before start {start_d}",
                               hint="swap start and end", code="bad_period")
        return Period(start_d, end_d, undated=undated)

    def feedback_guard(self) -> Any:
        """The lock feedback tools hold while they touch the index (a no-op without one)."""
        return self.feedback_lock if self.feedback_lock is not None else nullcontext()

    def index(self) -> Any:
        """The shared feedback index, or None to let the feedback function open one."""
        return self.feedback_index() if self.feedback_index is not None else None

    def optional_period(self, start: str | None, end: str | None) -> Period | None:
        """Like period() but None when neither bound is given (tools whose default is 'all time')."""
        if not start and not end:
            return None
        return self.period(start, end)


class CallRefusal(Protocol):
    """Why a call was refused before it ran; typed for the composer, an error envelope for the model."""

    code: str

    def to_error(self) -> dict[str, Any]:
        """The JSON error envelope (code, message, hint) the model and the edges read."""


@dataclass
class ToolResult:
    """What a tool hands back: ok, the text a model reads, the structured data for the answer."""

    ok: bool
    text: str
    data: dict[str, Any] = field(default_factory=dict)
    name: str = ""
    args: dict[str, Any] = field(default_factory=dict)
    elapsed_ms: float = 0.0
    # the typed analysis behind `data` for in-process readers (the answer check); `data` is its JSON
    # form for the model, MCP and HTTP. None when the call failed.
    result: AnalysisResult | None = field(default=None, compare=False, repr=False)
    refusal: CallRefusal | None = field(default=None, compare=False)  # the typed reason a call did not run


def _parse_date(raw: str, what: str) -> date:
    try:
        return date.fromisoformat(str(raw)[:10])
    except ValueError:
        raise JourneyError(f"{what} date {raw!r} is not YYYY-MM-DD", hint="use ISO dates such as 2026-10-01",
                           code="bad_date") from None


# -- argument pieces ---------------------------------------------------------------------------
class PeriodArgs(BaseModel):
    start: str | None = Field(None, description="first day, YYYY-MM-DD, inclusive; default 30 days before end")
    end: str | None = Field(None, description="last day, YYYY-MM-DD, inclusive; default the as-of date")
    filters: Filters | None = Field(None, description='slice, e.g. {"device": ["android"], "segment": ["new"]}')


class UndatedArgs(BaseModel):
    include_undated: bool = Field(False, description="with a period covering all the data: also count rows that "
                                                      "have no date (feedback may lack ts)")


class StepArgs(BaseModel):
    journey_id: str | None = Field(None, description="journey id for step metrics")
    touchpoint_id: str | None = Field(None, description="touchpoint (step) id")


Order = Literal["desc", "asc"]


# -- conversions -------------------------------------------------------------------------------
def json_safe(value: Any) -> Any:
    """Turn DuckDB/Python values into JSON-friendly ones (dates → ISO, Decimal → float, NaN → None)."""
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Period):
        return value.to_dict()
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [json_safe(v) for v in value]
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        return json_safe(value.item())
    return value


def analysis_data(res: AnalysisResult, **extra: Any) -> dict[str, Any]:
    """The AnalysisResult as the plain dict TOOLS.md promises in ToolResult.data."""
    data = {
        "analysis": res.analysis, "columns": list(res.columns), "rows": json_safe(res.rows),
        "sql": list(res.sql), "period": res.period.to_dict() if res.period else None,
        "metrics": list(res.metrics), "sample_size": json_safe(res.sample_size),
        "facts": json_safe(res.facts), "notes": list(res.notes), "filters": json_safe(res.filters),
        "truncated": bool(res.truncated), "citations": [],
    }
    if res.period is not None and res.period.undated:
        data["period_undated"] = True  # the rows without a date are counted too
    data.update(json_safe(extra))
    return data


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.4g}"
    return str(v)


def summarize(data: dict[str, Any], *, max_rows: int = TEXT_ROWS) -> str:
    """Compact English text a model reads: analysis, period, key facts, the first rows."""
    lines = [f"analysis: {data.get('analysis')}"]
    if data.get("period"):
        lines.append(f"period: {data['period']['start']} .. {data['period']['end']}")
    if data.get("filters"):
        lines.append(f"filters: {data['filters']}")
    facts = {k: v for k, v in (data.get("facts") or {}).items() if not isinstance(v, (list, dict))}
    if facts:
        lines.append("facts: " + "; ".join(f"{k}={_fmt(v)}" for k, v in facts.items()))
    if data.get("sample_size"):
        lines.append("sample size: " + ", ".join(f"{k}={v}" for k, v in data["sample_size"].items()))
    rows = data.get("rows") or []
    if rows:
        lines.append("columns: " + ", ".join(data.get("columns") or []))
        for r in rows[:max_rows]:
            lines.append(" | ".join(_fmt(v) for v in r))
        if len(rows) > max_rows:
            lines.append(f"... {len(rows) - max_rows} more rows")
    else:
        lines.append("no rows: nothing matched this period and slice")
    if data.get("notes"):
        lines.append("notes: " + ", ".join(data["notes"]))
    return "\n".join(lines)


def error_result(exc: Exception) -> ToolResult:
    """A tool failure as a result the model can read and recover from."""
    if isinstance(exc, JourneyError):
        err = exc.to_dict()
        if isinstance(exc, BadInputError):
            err.pop("details", None)
    elif isinstance(exc, ValidationError):
        err = {"code": "bad_arguments", "message": str(exc).split("\n")[0],
               "hint": "check the argument names and types in the tool schema"}
    else:
        # internal exception text (paths, SQL, library internals) goes to the server log only
        from knowledge.feedback.pii import redact_pii
        _log.error("tool failed unexpectedly: %s", redact_pii(f"{type(exc).__name__}: {exc}"[:1000]))
        err = {"code": "tool_failed", "message": "the tool failed unexpectedly",
               "hint": "try other arguments or another tool; the server log has the details"}
    return failed_result(err)


def failed_result(err: dict[str, Any]) -> ToolResult:
    """A failed result from an error envelope (code, message, hint), with the text the model reads."""
    text = f"error [{err['code']}]: {err['message']}" + (f" (hint: {err['hint']})" if err.get("hint") else "")
    return ToolResult(ok=False, text=text, data={"error": err})


_log = logging.getLogger("journey.tools")

Runner = Callable[[ToolContext, Any], ToolResult]


def run_safely(name: str, runner: Runner, ctx: ToolContext, args: BaseModel) -> ToolResult:
    """Run one tool body; every exception becomes ok=False (tools never raise into the agent)."""
    t0 = time.perf_counter()
    recorder = RecordingGateway(ctx.gateway)  # the parameters, so the answer's SQL can be run as shown
    try:
        result = runner(replace(ctx, gateway=recorder), args)
        if result.ok and result.data.get("sql"):
            result.data["sql"] = recorder.runnable(result.data["sql"])
    except Exception as exc:  # noqa: BLE001 — the contract: the agent gets a readable error, not a crash
        result = error_result(exc)
    result.name = name
    result.args = args.model_dump(exclude_none=True)
    result.elapsed_ms = (time.perf_counter() - t0) * 1000
    return result


def make_tool(name: str, description: str, schema: type[BaseModel], runner: Runner, ctx: ToolContext) -> BaseTool:
    """A LangChain tool whose content is ToolResult.text and whose artifact is the ToolResult."""

    def _call(**kwargs: Any) -> tuple[str, ToolResult]:
        try:
            args = schema(**kwargs)
        except ValidationError as exc:
            res = error_result(exc)
            res.name, res.args = name, json_safe(kwargs)
            return res.text, res
        refused = ctx.check_call(name, args.model_dump(exclude_none=True)) if ctx.check_call else None
        if refused is not None:
            res = failed_result(refused.to_error())
            res.name, res.args, res.refusal = name, args.model_dump(exclude_none=True), refused
            return res.text, res
        res = run_safely(name, runner, ctx, args)
        return res.text, res

    return StructuredTool.from_function(func=_call, name=name, description=description, args_schema=schema,
                                        response_format="content_and_artifact", handle_validation_error=True)


def from_analysis(res: AnalysisResult, **extra: Any) -> ToolResult:
    """A successful ToolResult from an AnalysisResult: the typed result, its JSON data, the model's text."""
    data = analysis_data(res, **extra)
    return ToolResult(ok=True, text=summarize(data), data=data, result=res)
