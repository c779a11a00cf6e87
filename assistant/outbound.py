"""The last step before an answer leaves the process: PII redaction by value and size caps.

Redaction runs over every string of the answer (text, every table cell whatever its column is
called, citations, follow-ups, chart data, SQL), so `text AS t` or `upper(text)` cannot slip a
phone number past a rule keyed on column names. The caps keep one answer (and the session file
that stores it) bounded however large the query result was.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Redactor = Callable[[Any], Any]
ANSWER_TEXT_CHARS = 20_000


@dataclass(frozen=True)
class OutboundLimits:
    """Per-cell, per-table and per-answer caps (JOURNEY_MAX_CELL_CHARS, _ANSWER_ROWS, _ANSWER_BYTES)."""

    max_cell_chars: int = 2000
    max_rows: int = 1000
    max_bytes: int = 2_000_000


def _walk(value: Any, fn: Callable[[Any], Any]) -> Any:
    if isinstance(value, dict):
        return {k: _walk(v, fn) for k, v in value.items()}
    if isinstance(value, list):
        return [_walk(v, fn) for v in value]
    if isinstance(value, tuple):
        return [_walk(v, fn) for v in value]
    return fn(value)


def redact_all(value: Any, redact: Redactor | None) -> Any:
    """Every string (and PII-shaped integer) inside `value`, redacted; structure unchanged."""
    return value if redact is None else _walk(value, redact)


def _cut_cell(value: Any, limit: int) -> Any:
    if isinstance(value, str) and len(value) > limit:
        return value[:limit] + "…"
    return value


def _size(data: Any) -> int:
    return len(json.dumps(data, ensure_ascii=False, default=str).encode("utf-8"))


def cap_answer(data: dict[str, Any], limits: OutboundLimits) -> dict[str, Any]:
    """Cut cells, rows per table, citations and chart data so the answer JSON fits `max_bytes`."""
    out = dict(data)
    if isinstance(out.get("answer"), str):
        out["answer"] = _cut_cell(out["answer"], ANSWER_TEXT_CHARS)
    tables = []
    for table in out.get("tables") or []:
        t = dict(table)
        rows = [[_cut_cell(c, limits.max_cell_chars) for c in r] for r in (t.get("rows") or [])]
        if len(rows) > limits.max_rows:
            rows, t["truncated"] = rows[: limits.max_rows], True
        t["rows"] = rows
        tables.append(t)
    out["tables"] = tables
    out["citations"] = [dict(c, text=_cut_cell(c.get("text"), limits.max_cell_chars))
                        for c in (out.get("citations") or [])]
    chart = out.get("chart")
    if isinstance(chart, dict) and isinstance((chart.get("data") or {}).get("values"), list):
        values = chart["data"]["values"][: limits.max_rows]
        out["chart"] = dict(chart, data=dict(chart["data"], values=_walk(values, lambda v: _cut_cell(v, limits.max_cell_chars))))
    # still too big: halve the largest table until it fits (the page says the table is truncated)
    while _size(out) > limits.max_bytes:
        biggest = max(out["tables"], key=lambda t: len(t["rows"]), default=None)
        if biggest is None or len(biggest["rows"]) <= 1:
            out["chart"] = None
            out["citations"] = out["citations"][:3]
            if _size(out) > limits.max_bytes:
                out["tables"] = []
            break
        biggest["rows"] = biggest["rows"][: len(biggest["rows"]) // 2]
        biggest["truncated"] = True
    return out


# Answer fields the process itself writes (ids, enums, dates, timings): never customer text, and a
# random session id such as '7987a58213307164' must not come back as '7987a[PHONE]', or the
# asker's next turn opens a fresh session and loses its context.
NOT_TEXT_FIELDS = frozenset({"session_id", "status", "language", "period", "model", "elapsed_ms"})


def sanitize_answer(data: dict[str, Any], redact: Redactor | None, limits: OutboundLimits) -> dict[str, Any]:
    """Redact every string by value, then apply the size caps (the JSON of an Answer in, out)."""
    kept = {k: data[k] for k in NOT_TEXT_FIELDS if k in data}
    return cap_answer({**redact_all(data, redact), **kept}, limits)


def redact_json_body(body: bytes, redact: Redactor) -> bytes:
    """A JSON request body with every string value redacted (bodies that are not JSON pass unchanged)."""
    if not body:
        return body
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return body

    def deep(value: Any) -> Any:
        # tool-call arguments are JSON inside a string, where \uXXXX escapes hide digits from a regex
        if isinstance(value, str) and value[:1] in "{[":
            try:
                inner = json.loads(value)
            except ValueError:
                return redact(value)
            return json.dumps(_walk(inner, deep), ensure_ascii=False)
        return redact(value)

    return json.dumps(_walk(data, deep), ensure_ascii=False).encode("utf-8")


def redacting_http_clients(redact: Redactor, timeout_s: float) -> tuple[Any, Any]:
    """(sync, async) httpx clients that redact every JSON request body before it is sent.

    This is the one door to an external chat model: system prompt, history, tool messages and tool
    call arguments all pass through it, whatever the agent put in them.
    """
    import httpx

    def rebuilt(request: httpx.Request, content: bytes) -> httpx.Request:
        headers = [(k, v) for k, v in request.headers.raw if k.lower() != b"content-length"]
        return httpx.Request(request.method, request.url, headers=headers, content=content,
                             extensions=request.extensions)

    class Sync(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return super().handle_request(rebuilt(request, redact_json_body(request.read(), redact)))

    class Async(httpx.AsyncHTTPTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            body = await request.aread()
            return await super().handle_async_request(rebuilt(request, redact_json_body(body, redact)))

    return (httpx.Client(transport=Sync(), timeout=timeout_s),
            httpx.AsyncClient(transport=Async(), timeout=timeout_s))
