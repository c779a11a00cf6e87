"""One JSON error envelope for every HTTP error: {"ok": false, "error": {code, message, hint}}."""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.messages import http_error_text
from knowledge.errors import JourneyError

log = logging.getLogger("journey.api")

_STATUS_CODES = {401: "unauthorized", 404: "not_found", 405: "method_not_allowed",
                 413: "payload_too_large", 422: "invalid_request", 429: "rate_limited",
                 500: "internal_error", 503: "unavailable"}


class ApiError(JourneyError):
    """An error raised by the HTTP layer itself (auth, limits, charts)."""

    def __init__(self, code: str, status: int, *, message: str | None = None,
                 hint: str | None = None, headers: dict[str, str] | None = None,
                 details: Any = None) -> None:
        default_message, default_hint = http_error_text(code)
        super().__init__(message or default_message, hint=hint or default_hint, code=code,
                         details=details)
        self.http_status = status
        self.headers = headers or {}


def envelope(code: str, message: str, hint: str = "", details: Any = None) -> dict[str, Any]:
    """The error body every 4xx/5xx response carries."""
    error: dict[str, Any] = {"code": code, "message": message, "hint": hint}
    if details is not None:
        error["details"] = details
    return {"ok": False, "error": error}


def error_response(status: int, code: str, *, message: str | None = None, hint: str | None = None,
                   headers: dict[str, str] | None = None, details: Any = None) -> JSONResponse:
    """A JSONResponse holding the envelope; default words come from api.messages."""
    default_message, default_hint = http_error_text(code)
    return JSONResponse(envelope(code, message or default_message, hint or default_hint, details),
                        status_code=status, headers=headers)


def journey_error_response(exc: JourneyError) -> JSONResponse:
    """Envelope for any JourneyError, with its own HTTP status."""
    body = exc.to_dict()
    status = int(getattr(exc, "http_status", 400) or 400)
    return JSONResponse(envelope(body["code"], body["message"], body.get("hint", ""), body.get("details")),
                        status_code=status, headers=getattr(exc, "headers", None) or None)


async def _on_journey_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, JourneyError)
    if exc.http_status >= 500:
        log.error("request failed: %s [%s]", exc.message, exc.code)
    return journey_error_response(exc)


async def _on_http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _STATUS_CODES.get(exc.status_code, f"http_{exc.status_code}")
    return error_response(exc.status_code, code, headers=getattr(exc, "headers", None))


def _summarise_validation(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # only where and why: echoing `input` back could repeat a huge or secret body
    return [{"field": ".".join(str(p) for p in e.get("loc", ()) if p != "body"), "reason": e.get("msg", "")}
            for e in errors[:20]]


async def _on_validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = _summarise_validation(list(exc.errors()))
    first = details[0] if details else {"field": "", "reason": "invalid"}
    message = f"invalid request: {first['field'] or 'body'}: {first['reason']}"
    return error_response(422, "invalid_request", message=message, details=details)


async def _on_unexpected(_: Request, exc: Exception) -> JSONResponse:
    # the stack trace goes to the server log, never to the client
    log.exception("unhandled error while serving a request", exc_info=exc)
    return error_response(500, "internal_error")


def install_error_handlers(app: FastAPI) -> None:
    """Route every error kind through the envelope."""
    app.add_exception_handler(JourneyError, _on_journey_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(Exception, _on_unexpected)
