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

# the planner's ask is a reading, not a certainty: the asks a question read as one may also be
# answered as ("Android events by device" read as a value is answered by a breakdown; "why" by a
# comparison or by the comments). Asks, not tools: the tools still come from ASKS_BY_TOOL.
RELATED_ASKS: dict[str, tuple[str, ...]] = {
    "value": ("breakdown", "comparison", "trend"),
    "ranking": ("breakdown", "value"),
    "breakdown": ("ranking", "value", "comparison"),
    "comparison": ("value", "breakdown", "trend"),
    "trend": ("value", "comparison", "anomaly"),
    "drivers": ("comparison", "comments", "themes"),
    "themes": ("comments", "count"),
    "comments": ("themes", "count"),
    "count": ("comments", "themes", "value"),
    "funnel": ("value", "ranking"),
    "paths": ("ranking",),
    "retention": ("breakdown",),
    "anomaly": ("trend",),
    "emotion": ("themes",),
    "map": ("funnel", "ranking"),
    "definition": ("describe",),
}


def tools_for_ask(ask: str) -> frozenset[str]:
    """The tools that declare they can answer this ask."""
    return frozenset(name for name, asks in ASKS_BY_TOOL.items() if ask in asks)


def tools_near_ask(ask: str) -> frozenset[str]:
    """The tools of this ask and of the asks its questions may also be answered as."""
    return frozenset().union(*(tools_for_ask(a) for a in (ask, *RELATED_ASKS.get(ask, ()))))


def offered_tools(plan: Any, previous: Iterable[str] = ()) -> frozenset[str] | None:
    """The tool names to offer for a planned question (its ask's and the related asks' tools);
    None means every tool (the safe fallback).

    The planner's own calls are always in the set (its reading of the ask may be finer than the
    ask, e.g. a value read from a funnel), and so are the previous turn's tools, so an elliptical
    follow-up ("and on Android?") can repeat them.
    """
    frame = getattr(plan, "frame", None)
    if plan is None or frame is None or getattr(plan, "status", "ok") != "ok" or frame.ask == "unknown":
        return None
    names = tools_near_ask(frame.ask) | {c.name for c in getattr(plan, "tool_calls", []) or []}
    if not names:
        return None
    return frozenset(names) | ALWAYS | frozenset(n for n in previous if n in ASKS_BY_TOOL)
