"""The chat service interface: everything the CLI and the HTTP routes need, no web code.

The real implementation (the LangChain agent with tools) lives in assistant/chat_handler.py;
tests fake it by subclassing this ABC.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.answer import Answer
from knowledge.errors import JourneyError


class ChatEvent(BaseModel):
    """One server-sent event: a progress step while working, then the answer (or an error)."""

    type: Literal["progress", "answer", "error"]
    data: dict[str, Any] = Field(default_factory=dict)


class SessionInfo(BaseModel):
    session_id: str
    title: str
    turns: int
    updated_at: str


class ChatService(ABC):
    """Answers questions within sessions; owns sessions, votes and the metric catalogue."""

    @abstractmethod
    def answer(self, message: str, *, session_id: str | None = None, lang: str | None = None,
               as_of: date | None = None, remember: bool = True, owner: str | None = None) -> Answer:
        """Answer one message; creates the session when session_id is None or unknown
        (remember=False: keep no session, e.g. a one-off CLI question).

        `owner` (a digest of the caller's API key, given by the HTTP layer) owns the session; with
        an owner, an id the owner does not have starts a new session with a server-made id."""

    @abstractmethod
    def stream(self, message: str, *, session_id: str | None = None, lang: str | None = None,
               as_of: date | None = None, owner: str | None = None) -> Iterator[ChatEvent]:
        """Yield progress events as tools run, then one `answer` event with Answer JSON."""

    @abstractmethod
    def list_sessions(self, owner: str | None = None) -> list[SessionInfo]:
        """Sessions of `owner`, newest first."""

    @abstractmethod
    def session_history(self, session_id: str, owner: str | None = None) -> list[dict[str, Any]]:
        """Turns of a session: [{"question": ..., "answer": Answer JSON}, ...]; NotFoundError if unknown or not owned."""

    @abstractmethod
    def delete_session(self, session_id: str, owner: str | None = None) -> None:
        """Forget a session; NotFoundError if unknown or not owned."""

    @abstractmethod
    def record_vote(self, *, session_id: str | None, turn: int | None, vote: Literal["up", "down"],
                    comment: str | None = None, question: str | None = None, owner: str | None = None) -> None:
        """Store a thumbs up/down on an answer in the workspace for later learning."""

    @abstractmethod
    def metrics_catalogue(self) -> list[dict[str, Any]]:
        """Metric definitions (zh/en names, aliases, definitions, units)."""

    @abstractmethod
    def health(self) -> dict[str, Any]:
        """Status of the workspace, database and index."""

    # -- views without the planner (not abstract: a service without data access refuses them) --
    def journey_map_view(self, *, journey_id: str | None = None, start: str | None = None, end: str | None = None,
                         filters: dict[str, list[str]] | None = None, lang: str = "en") -> dict[str, Any]:
        """Everything the /map page draws (assistant/views.py)."""
        raise JourneyError("this service cannot draw the journey map", hint="use the workspace chat service",
                           code="not_available")

    def boards(self) -> Any:
        """The workspace's BoardStore (assistant/boards.py)."""
        raise JourneyError("this service keeps no boards", hint="use the workspace chat service", code="not_available")

    def answer_calls(self, question: str, calls: list[dict[str, Any]], *, lang: str = "en") -> Answer:
        """The answer of frozen tool calls [{"name", "args"}] against the data as it is now (boards)."""
        raise JourneyError("this service cannot re-run tool calls", hint="use the workspace chat service",
                           code="not_available")

    def brief(self, *, as_of: date | None = None, days: int = 1, lang: str = "en",
              filters: dict[str, list[str]] | None = None, journey_ids: list[str] | None = None) -> dict[str, Any]:
        """The morning brief JSON (INTERFACE.md); services without data access say they cannot."""
        raise JourneyError("this service cannot make a brief", code="not_available",
                           hint="run the server on a workspace: journey serve --workspace DIR")
