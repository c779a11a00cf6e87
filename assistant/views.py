"""Answers built without the planner: the journey map page and re-running frozen tool calls (boards).

Both run named tools from the registry with the service's own gateway, layer and as-of date,
and compose with the same composer as the chat, so a page, a board and a chat answer agree.
"""
from __future__ import annotations

import importlib
from datetime import date, timedelta
from typing import Any

from assistant.answer import Answer
from assistant.compose.answer import compose_answer
from assistant.compose.lang import t
from assistant.compose.map_text import stage_name
from knowledge.errors import JourneyError, NotFoundError
from tools.base import DEFAULT_PERIOD_DAYS, ToolContext, ToolResult
from tools.registry import TOOL_MODULES

MAP_FILTERS = ("segment", "device")


def tool_context(service: Any, as_of: date, lang: str, check_call: Any = None) -> ToolContext:
    """The context the chat's tools get (redaction off: nothing here goes to an external model)."""
    return ToolContext(workspace=service.workspace, gateway=service.gateway, layer=service.layer, as_of=as_of,
                       sql_row_cap=service.settings.sql_row_cap, language=lang,
                       feedback_lock=service._feedback_lock, feedback_index=service.feedback_index,
                       check_call=check_call)


def run_calls(service: Any, calls: list[dict[str, Any]], *, lang: str, as_of: date | None = None,
              check: bool = False) -> list[ToolResult]:
    """Run tool calls [{"name", "args"}] in order; an unknown tool name is refused, not imported.
    check=True: calls a client model wrote are first checked against the data (assistant/call_check.py)."""
    k = service.knowledge()
    check_call = None
    if check:
        from assistant.call_check import CallCheck
        check_call = CallCheck(k.catalog, k.layer)
    ctx = tool_context(service, as_of or k.as_of, lang, check_call)
    out: list[ToolResult] = []
    for call in calls:
        name = str(call.get("name") or "")
        if name not in TOOL_MODULES:
            raise NotFoundError(f"unknown tool '{name}'", hint="tools: " + ", ".join(TOOL_MODULES), code="unknown_tool")
        tool = importlib.import_module(f"tools.{name}").build(ctx)
        _text, result = tool.func(**dict(call.get("args") or {}))
        out.append(result)
    return out


def answer_calls(service: Any, question: str, calls: list[dict[str, Any]], *, lang: str,
                 as_of: date | None = None) -> Answer:
    """The composed answer of frozen tool calls against the data as it is now."""
    k = service.knowledge()
    results = run_calls(service, calls, lang=lang, as_of=as_of)
    return compose_answer(question, lang, results, k.names, model="board")


def journey_map_view(service: Any, *, journey_id: str | None = None, start: str | None = None,
                     end: str | None = None, filters: dict[str, list[str]] | None = None,
                     lang: str = "en") -> dict[str, Any]:
    """Everything the /map page draws: the map, its sentences, pickers and the question per card."""
    k = service.knowledge()
    args: dict[str, Any] = {"start": start, "end": end,
                            "filters": {d: list(v) for d, v in (filters or {}).items() if v} or None}
    if journey_id:
        args["journey_id"] = journey_id
    args = {a: v for a, v in args.items() if v is not None}
    results = run_calls(service, [{"name": "journey_map", "args": args}], lang=lang)
    res = results[0]
    if not res.ok:
        err = res.data.get("error") or {}
        # the tool turned the error into data; the page gets it back with its HTTP status
        cls = NotFoundError if err.get("code") == NotFoundError.code else JourneyError
        raise cls(err.get("message", res.text), hint=err.get("hint"), code=err.get("code", "map_failed"))
    answer = compose_answer(t(lang, "map_question"), lang, results, k.names)
    m = dict(res.data["map"])
    period = res.data["period"]
    names = k.names
    for card in m["cards"]:
        card["label"] = names.touchpoint(card["touchpoint_id"], lang, card["name"])
        card["question"] = card_question(card, period, lang, label=card["label"])
        for s in card["steps"]:
            s["journey_label"] = names.journey(s["journey_id"], lang, s["journey"])
    for o in m["opportunities"]:
        o["label"] = names.touchpoint(o["touchpoint_id"], lang)
        o["journey_label"] = names.journey(o["journey_id"], lang, o["journey"])
    as_of = k.as_of
    return {
        "period": period, "as_of": as_of.isoformat(), "lang": lang, "journey_id": journey_id,
        "filters": res.data.get("filters") or {}, "text": answer.answer, "assumptions": answer.assumptions,
        "sql": answer.sql, "map": m, "tool_call": {"name": "journey_map", "args": res.args},
        "stage_labels": {s: stage_name(s, lang) for s in m["stages"]},
        "facts": res.data.get("facts") or {},
        "pickers": {
            "journeys": [{"id": j.id, "name": names.journey(j.id, lang)} for j in k.catalog.journeys],
            **{d: list(k.catalog.dimension_values.get(d, ())) for d in MAP_FILTERS},
            "default_start": (as_of - timedelta(days=DEFAULT_PERIOD_DAYS - 1)).isoformat(),
            "default_end": as_of.isoformat(),
        },
    }


def card_question(card: dict[str, Any], period: dict[str, str], lang: str, *, label: str) -> str:
    """What clicking a card asks the chat: its pain points in the map's period (drop-off cards ask why)."""
    key = "map_card_question_drop" if any(s.get("users_lost") for s in card.get("steps") or []) else "map_card_question"
    return t(lang, key, tp=label, start=period["start"], end=period["end"])
