"""What the MCP server offers, without the MCP SDK: tool specs, calls and resources over the chat service.

A tool's argument schema is the pydantic model its module's `run()` takes (the one the chat agent
uses), so the JSON schema an MCP client sees is derived from the one definition. Calls run the
registry tools through `assistant.views.run_calls` (the service's gateway: read-only, time limit,
row cap) and compose the same answer JSON as the chat; the answer then passes the same outbound
step as /api/chat (PII redaction by value, cell/row/byte caps).
"""
from __future__ import annotations

import importlib
import json
import typing
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from assistant.answer import Answer
from assistant.mcp_text import (ASK_EN, ASK_ZH, BRIEF_EN, CATALOGUE_EN, CATALOGUE_ZH, METRIC_EN, METRIC_ZH, TOOL_ZH)
from assistant.outbound import OutboundLimits, redact_all, sanitize_answer
from knowledge.errors import JourneyError, NotFoundError
from tools.registry import TOOL_MODULES

# run_sql stays off the MCP surface: the typed tools and `ask` cover the questions, and a remote
# client gets no free-form SQL at all (its guard is for the planner's own SQL).
NOT_EXPOSED = frozenset({"run_sql"})
ASK = "ask"
BRIEF = "brief"
CATALOGUE_URI = "journey://metrics"
METRIC_URI = "journey://metrics/{id}"


class AskArgs(BaseModel):
    question: str = Field(..., min_length=1, max_length=2000, description="the question, in Chinese or English")
    session_id: str | None = Field(None, max_length=128, description="session_id of an earlier answer, for a follow-up")
    lang: Literal["zh", "en"] | None = Field(None, description="answer language (default: the question's)")


class BriefArgs(BaseModel):
    date: str | None = Field(None, max_length=10, description="last day of the period, YYYY-MM-DD (default: latest data)")
    days: int = Field(1, ge=1, le=366, description="length of the period in days; compared with the days before")
    lang: Literal["zh", "en"] = Field("en", description="language of the brief")
    journey_ids: list[str] | None = Field(None, max_length=50, description="only these journeys")
    filters: dict[str, list[str]] | None = Field(None, description='slice, e.g. {"segment": ["vip"]}')


@dataclass(frozen=True)
class ToolSpec:
    """One tool as MCP lists it: name, en+zh description, argument model (its JSON schema)."""

    name: str
    description: str
    args: type[BaseModel]

    def input_schema(self) -> dict[str, Any]:
        """The JSON schema of the arguments, from the pydantic model."""
        return self.args.model_json_schema()


def _args_model(module: Any) -> type[BaseModel]:
    hints = typing.get_type_hints(module.run)
    model = hints.get("args")
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        raise TypeError(f"tools.{module.__name__} run() has no pydantic `args` parameter")
    return model


def describe(en: str, zh: str | None) -> str:
    """The listing text: English, then Chinese on its own line."""
    return f"{en}\n{zh}" if zh else en


def tool_specs() -> list[ToolSpec]:
    """Every exposed registry tool plus `ask`, in registry order."""
    out = []
    for name in TOOL_MODULES:
        if name in NOT_EXPOSED:
            continue
        module = importlib.import_module(f"tools.{name}")
        out.append(ToolSpec(name, describe(module.DESCRIPTION, TOOL_ZH.get(name)), _args_model(module)))
    out.append(ToolSpec(BRIEF, describe(BRIEF_EN, TOOL_ZH[BRIEF]), BriefArgs))
    out.append(ToolSpec(ASK, describe(ASK_EN, ASK_ZH), AskArgs))
    return out


def _limits(settings: Any) -> OutboundLimits:
    return OutboundLimits(max_cell_chars=settings.max_cell_chars, max_rows=settings.max_answer_rows,
                          max_bytes=settings.max_answer_bytes)


def _redactor(settings: Any) -> Any:
    if not settings.redact_pii:
        return None
    from knowledge.feedback.pii import redact_value
    return redact_value


class JourneyMcp:
    """The MCP surface over one chat service: list and call tools, list and read resources."""

    def __init__(self, service: Any) -> None:
        self.service = service
        self.specs = {s.name: s for s in tool_specs()}

    def call(self, name: str, arguments: dict[str, Any] | None, *, owner: str | None = None) -> dict[str, Any]:
        """The answer JSON of one tool call (status `error` with the reason when it failed)."""
        spec = self.specs.get(name)
        if spec is None:
            raise NotFoundError(f"unknown tool '{name}'", hint="tools: " + ", ".join(self.specs), code="unknown_tool")
        arguments = dict(arguments or {})
        if name == ASK:
            args = AskArgs.model_validate(arguments)
            answer = self.service.answer(args.question, session_id=args.session_id, lang=args.lang, owner=owner)
            return answer.model_dump(mode="json")
        settings = self.service.settings
        if name == BRIEF:
            from assistant.brief.make import parse_day
            b = BriefArgs.model_validate(arguments)
            brief = self.service.brief(as_of=parse_day(b.date, "date"), days=b.days, lang=b.lang, filters=b.filters,
                                       journey_ids=b.journey_ids)
            return redact_all(brief, _redactor(settings))
        lang = arguments.get("lang") if arguments.get("lang") in ("zh", "en") else "en"
        question = f"{name} {json.dumps(arguments, ensure_ascii=False, sort_keys=True)}"
        answer = self._answer_call(question, name, arguments, lang)
        return sanitize_answer(answer.model_dump(mode="json"), _redactor(settings), _limits(settings))

    def _answer_call(self, question: str, name: str, arguments: dict[str, Any], lang: str) -> Answer:
        from assistant.compose.answer import compose_answer
        from assistant.views import run_calls
        k = self.service.knowledge()
        # an MCP client is a language model: its calls get the same checks as the chat's LLM path
        results = run_calls(self.service, [{"name": name, "args": arguments}], lang=lang, check=True)
        return compose_answer(question, lang, results, k.names, model="mcp")

    def validation_problem(self, name: str, arguments: dict[str, Any] | None) -> str | None:
        """None when the arguments fit the tool's schema, else a one-line reason (for a clean MCP error)."""
        spec = self.specs.get(name)
        if spec is None:
            return f"unknown tool '{name}'"
        try:
            spec.args.model_validate(dict(arguments or {}))
        except ValidationError as exc:
            return "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'arguments'}: {e['msg']}" for e in exc.errors())
        return None

    # -- resources: the metric catalogue -----------------------------------------------------
    def resources(self) -> list[dict[str, str]]:
        """The catalogue as one resource plus one resource per metric."""
        out = [{"uri": CATALOGUE_URI, "name": "metric-catalogue", "description": describe(CATALOGUE_EN, CATALOGUE_ZH)}]
        for m in self.service.metrics_catalogue():
            name = m.get("name") or {}
            out.append({"uri": METRIC_URI.format(id=m["id"]), "name": m["id"],
                        "description": describe(METRIC_EN.format(id=m["id"], name_en=name.get("en", m["id"])),
                                                METRIC_ZH.format(id=m["id"], name_zh=name.get("zh", m["id"])))})
        return out

    def read(self, uri: str) -> str:
        """The JSON text of a catalogue resource."""
        catalogue = self.service.metrics_catalogue()
        if uri == CATALOGUE_URI:
            return json.dumps({"metrics": catalogue}, ensure_ascii=False)
        prefix = CATALOGUE_URI + "/"
        if uri.startswith(prefix):
            wanted = uri[len(prefix):]
            for m in catalogue:
                if m["id"] == wanted:
                    return json.dumps(m, ensure_ascii=False)
        raise NotFoundError(f"no resource {uri!r}", hint=f"read {CATALOGUE_URI} for every metric",
                            code="unknown_resource")


def error_answer(exc: JourneyError, question: str) -> dict[str, Any]:
    """A JourneyError as an answer JSON with status error (what a failed MCP call returns)."""
    err = exc.to_dict()
    err.pop("details", None)
    return Answer(question=question, language="en", answer=f"{err['message']}" + (f" ({err['hint']})" if err.get("hint") else ""),
                  status="error", error=err).model_dump(mode="json")
