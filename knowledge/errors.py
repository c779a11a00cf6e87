"""One error family for the whole product: a stable code, a message for people and a hint."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class JourneyError(Exception):
    """Base class of every error the product raises on purpose."""

    code: str = "journey_error"
    http_status: int = 400
    exit_code: int = 2

    def __init__(self, message: str, *, hint: str | None = None, code: str | None = None,
                 details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        if code:
            self.code = code
        self.details = details

    def to_dict(self) -> dict[str, Any]:
        """The JSON error body used by the CLI and the HTTP envelope."""
        body: dict[str, Any] = {"code": self.code, "message": self.message, "hint": self.hint or ""}
        if self.details is not None:
            body["details"] = self.details
        return body

    def __str__(self) -> str:  # shown by the CLI
        return f"{self.message}" + (f"\nhint: {self.hint}" if self.hint else "")


class ConfigError(JourneyError):
    code = "config_error"


class WorkspaceError(JourneyError):
    code = "workspace_error"


class NotFoundError(JourneyError):
    code = "not_found"
    http_status = 404


class QueryError(JourneyError):
    code = "query_error"
    http_status = 400


class QueryTimeoutError(QueryError):
    code = "query_timeout"
    http_status = 504


class QueryRejectedError(QueryError):
    """Raised by the SQL guard: the statement is not a single safe SELECT."""

    code = "sql_rejected"


class AnalysisError(JourneyError):
    code = "analysis_error"


@dataclass
class RowProblem:
    """One bad value in an input file: where, what, why and how to fix it."""

    file: str
    line: int | None
    column: str | None
    value: str | None
    reason: str
    hint: str = ""

    def format(self) -> str:
        where = self.file + (f":{self.line}" if self.line is not None else "")
        col = f" column '{self.column}'" if self.column else ""
        val = f" value {self.value!r}" if self.value is not None else ""
        fix = f" — fix: {self.hint}" if self.hint else ""
        return f"{where}{col}{val}: {self.reason}{fix}"

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "column": self.column,
                "value": self.value, "reason": self.reason, "hint": self.hint}


@dataclass
class BadInputError(JourneyError):
    """A dataset folder breaks DATA.md; carries every problem found (up to a cap)."""

    message: str = "the dataset has bad rows"
    problems: list[RowProblem] = field(default_factory=list)
    hint: str | None = None
    truncated: bool = False

    code = "bad_input"

    def __post_init__(self) -> None:
        JourneyError.__init__(self, self.message, hint=self.hint,
                              details=[p.to_dict() for p in self.problems])

    def __str__(self) -> str:
        lines = [self.message]
        lines += ["  " + p.format() for p in self.problems]
        if self.truncated:
            lines.append("  … more problems not shown (cap reached)")
        if self.hint:
            lines.append(f"hint: {self.hint}")
        return "\n".join(lines)

    __hash__ = Exception.__hash__
