"""One chat turn's context, decided once: the question, its language, the as-of day, the inherited state.

The chat handler builds it before anything runs and passes the same value to the model, the
tools and the composer, so nothing re-detects the language or turns the date into a string and
back on the way (STYLE 15).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

from assistant.planner.text import detect_language, normalise
from assistant.planner.types import ConversationState


@dataclass(frozen=True)
class TurnContext:
    """What one question is asked in: its text, language (zh/en), as-of day and the previous turn's state."""

    question: str
    language: str
    as_of: date
    state: ConversationState | None = None
    lang_forced: bool = False  # the caller named the language; else it was read from the question
    today: date | None = None  # the asker's calendar day (a named as-of, else the clock): is the data historical?

    @classmethod
    def decide(cls, question: str, *, as_of: date, lang: str | None = None,
               state: ConversationState | dict[str, Any] | None = None, today: date | None = None) -> "TurnContext":
        """The turn's context: a named language wins, else the question's own (as the planner reads it)."""
        if isinstance(state, dict):
            state = ConversationState.from_dict(state)
        language = lang or detect_language(normalise(question))
        return cls(question=question, language="zh" if language == "zh" else "en", as_of=as_of, state=state,
                   lang_forced=bool(lang), today=today)

    def plan(self, catalog: Any, planner: Callable[..., Any] | None = None) -> Any:
        """The offline planner's reading of this turn (assistant.planner.Plan): the one way both the
        offline model and the LLM path's tool choice call it."""
        if planner is None:
            from assistant.planner import plan_turn as planner
        return planner(self.question, catalog=catalog, state=self.state, as_of=self.as_of, lang=self.language,
                       today=self.today)
