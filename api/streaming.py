"""Server-sent events from the blocking ChatService.stream iterator, run in a worker thread."""
from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

from starlette.requests import Request

from api.messages import http_error_text
from assistant.service import ChatEvent
from knowledge.errors import JourneyError

log = logging.getLogger("journey.api")

HEARTBEAT_S = 1.0
_DONE = object()


class StreamTracker:
    """Counts streams whose worker thread is still running (exposed by /api/health)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._active = 0
        self._cancelled = 0

    @property
    def active(self) -> int:
        return self._active

    @property
    def cancelled(self) -> int:
        return self._cancelled

    def started(self) -> None:
        with self._lock:
            self._active += 1

    def finished(self, *, cancelled: bool) -> None:
        with self._lock:
            self._active -= 1
            self._cancelled += int(cancelled)


def format_sse(event: str, data: dict[str, Any]) -> str:
    """One SSE frame: `event:` line, one `data:` line of compact JSON, blank line."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False, separators=(',', ':'), default=str)}\n\n"


def _error_data(exc: BaseException) -> dict[str, Any]:
    if isinstance(exc, JourneyError):
        return {"ok": False, "error": exc.to_dict()}
    message, hint = http_error_text("internal_error")
    return {"ok": False, "error": {"code": "internal_error", "message": message, "hint": hint}}


def _pump(make_events: Callable[[], Iterator[ChatEvent]], emit: Callable[[Any], None],
          cancel: threading.Event, tracker: StreamTracker) -> None:
    """Worker thread body: pull events until done or cancelled; always closes the iterator."""
    events: Iterator[ChatEvent] | None = None
    try:
        events = make_events()
        for event in events:
            if cancel.is_set():
                break
            emit(event)
    except JourneyError as exc:
        emit(ChatEvent(type="error", data=_error_data(exc)))
    except Exception as exc:  # noqa: BLE001 - reported to the client as an error event, logged here
        log.exception("chat stream failed", exc_info=exc)
        emit(ChatEvent(type="error", data=_error_data(exc)))
    finally:
        close = getattr(events, "close", None)
        if close is not None:
            # GeneratorExit at the iterator's current yield: its finally blocks release resources
            try:
                close()
            except Exception as exc:  # noqa: BLE001 - the stream is over either way
                log.warning("closing a chat stream failed: %s", exc)
        emit(_DONE)
        tracker.finished(cancelled=cancel.is_set())


async def sse_stream(request: Request, make_events: Callable[[], Iterator[ChatEvent]],
                     tracker: StreamTracker, *, heartbeat_s: float = HEARTBEAT_S) -> AsyncIterator[str]:
    """Yield SSE frames as the worker produces events; on disconnect, tell the worker to stop."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[Any] = asyncio.Queue()
    cancel = threading.Event()

    def emit(item: Any) -> None:
        try:
            loop.call_soon_threadsafe(queue.put_nowait, item)
        except RuntimeError:  # the loop closed (server shutdown): nobody is listening any more
            cancel.set()

    tracker.started()
    thread = threading.Thread(target=_pump, args=(make_events, emit, cancel, tracker),
                              name="chat-stream", daemon=True)
    thread.start()
    try:
        while True:
            try:
                item = await asyncio.wait_for(queue.get(), timeout=heartbeat_s)
            except asyncio.TimeoutError:
                if await request.is_disconnected():
                    return
                # a comment line: keeps proxies from timing out and surfaces a dead socket
                yield ": keep-alive\n\n"
                continue
            if item is _DONE:
                return
            yield format_sse(item.type, item.data)
    finally:
        # normal end, client gone or task cancelled: the worker stops at its next step
        cancel.set()
