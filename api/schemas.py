"""Request and response bodies of the HTTP API (the answer itself is assistant.answer.Answer)."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.service import SessionInfo

MAX_MESSAGE_CHARS = 4000


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    message: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS, description="the question, zh or en")
    session_id: str | None = Field(default=None, max_length=128,
                                   description="continue this session; a new one is made when absent")
    lang: Literal["zh", "en"] | None = Field(default=None, description="answer language; default: the question's")


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    vote: Literal["up", "down"]
    session_id: str | None = Field(default=None, max_length=128)
    turn: int | None = Field(default=None, ge=0, description="0-based index of the answer in the session's turns")
    comment: str | None = Field(default=None, max_length=2000)
    question: str | None = Field(default=None, max_length=MAX_MESSAGE_CHARS)


class ChartRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    spec: dict[str, Any] = Field(description="a Vega-Lite spec, as in the answer's `chart`")
    width: int | None = Field(default=None, ge=100, le=1600, description="plot width in pixels")
    lang: Literal["zh", "en"] | None = None


class PinnedCallBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(max_length=64)
    args: dict[str, Any] = Field(default_factory=dict)


class PinRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)
    lang: Literal["zh", "en"] = "en"
    tool_calls: list[PinnedCallBody] = Field(min_length=1, max_length=8, description="the answer's tool_calls")


class BoardImportRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    board: dict[str, Any] = Field(description='an export of GET /api/board/export: {"format", "pins"}')
    replace: bool = Field(default=False, description="replace the board instead of adding to it")


class OkResponse(BaseModel):
    ok: bool = True


class SessionList(BaseModel):
    sessions: list[SessionInfo]


class SessionHistory(BaseModel):
    session_id: str
    turns: list[dict[str, Any]]


class MetricCatalogue(BaseModel):
    metrics: list[dict[str, Any]]
    deliveries: dict[str, Any] | None = Field(
        default=None, description="scheduled brief deliveries (as GET /api/deliveries); null without schedules")


class Deliveries(BaseModel):
    schedules: list[dict[str, Any]] = Field(description="per schedule: runs, delivered, failed, retries, last error")
    delivered: int = 0
    failed: int = 0
    retries: int = 0


class ErrorBody(BaseModel):
    code: str
    message: str
    hint: str = ""
    details: Any = None


class ErrorEnvelope(BaseModel):
    ok: Literal[False] = False
    error: ErrorBody
