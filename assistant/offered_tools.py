"""Which tools a language model is offered for one question: the ones its ask can use (issue 8 §8).

Every tool schema is prompt text the model must read on every step (all of them: about 6 k
tokens), and a small model picks worse from a long list. The offline planner's frame of the
question names the ask (ranking, trend, drivers …); the tools that answer that ask come from
`ASKS_BY_TOOL`, the one place tools declare what they answer. When the planner cannot read the
question (unknown ask, a clarify, a refusal) the model gets every tool: a wrong subset would
make a question unanswerable that the model could have answered.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from assistant.planner.frame import ASKS_BY_TOOL

# always offered: the model may look up which journeys, touchpoints, metrics and values exist
ALWAYS = frozenset({"describe_data"})


def tools_for_ask(ask: str) -> frozenset[str]:
    """The tools that declare they can answer this ask."""
    return frozenset(name for name, asks in ASKS_BY_TOOL.items() if ask in asks)


def offered_tools(plan: Any, previous: Iterable[str] = ()) -> frozenset[str] | None:
    """The tool names to offer for a planned question; None means every tool (the safe fallback).

    The planner's own calls are always in the set (its reading of the ask may be finer than the
    ask, e.g. a value read from a funnel), and so are the previous turn's tools, so an elliptical
    follow-up ("and on Android?") can repeat them.
    """
    frame = getattr(plan, "frame", None)
    if plan is None or frame is None or getattr(plan, "status", "ok") != "ok" or frame.ask == "unknown":
        return None
    names = tools_for_ask(frame.ask) | {c.name for c in getattr(plan, "tool_calls", []) or []}
    if not names:
        return None
    return frozenset(names) | ALWAYS | frozenset(n for n in previous if n in ASKS_BY_TOOL)
