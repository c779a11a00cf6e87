"""The answer JSON of INTERFACE.md as a pydantic model (CLI --json and HTTP share it)."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

Status = Literal["ok", "clarify", "unsupported", "error"]


class Table(BaseModel):
    title: str
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool = False


class Citation(BaseModel):
    feedback_id: str
    text: str
    touchpoint_id: str | None = None
    sentiment: str | None = None
    ts: str | None = None
    rating: float | None = None


class ToolCallRecord(BaseModel):
    name: str
    args: dict[str, Any] = Field(default_factory=dict)
    ok: bool = True
    elapsed_ms: float | None = None


class Answer(BaseModel):
    question: str
    language: Literal["zh", "en"]
    answer: str
    status: Status = "ok"
    tables: list[Table] = Field(default_factory=list)
    assumptions: list[str] = Field(default_factory=list)
    sql: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    chart: dict[str, Any] | None = None
    tool_calls: list[ToolCallRecord] = Field(default_factory=list)
    follow_ups: list[str] = Field(default_factory=list)
    options: list[str] = Field(default_factory=list, description="choices offered when status is clarify")
    period: dict[str, str] | None = None
    session_id: str | None = None
    model: str | None = None
    elapsed_ms: float | None = None
    error: dict[str, Any] | None = None
