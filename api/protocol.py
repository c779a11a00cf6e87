"""uvicorn's HTTP protocol with a request-header deadline (uvicorn has none of its own).

Without it, a client that opens a connection and sends its headers slowly (or never) holds the
connection for as long as it likes; a thousand of them hold the server. With it, a connection
whose request headers are not complete within JOURNEY_HEADER_TIMEOUT_S is closed. Idle
keep-alive connections are closed by uvicorn's own timeout_keep_alive.
`journey serve` selects this class by import string (nothing imports `api`).
"""
from __future__ import annotations

import asyncio
from functools import lru_cache
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


@lru_cache(maxsize=1)
def header_timeout_s() -> float:
    """JOURNEY_HEADER_TIMEOUT_S, read once per server process."""
    from assistant.settings import load_settings

    return float(load_settings().header_timeout_s)


class HeaderTimeoutProtocol(HttpToolsProtocol):
    """Closes a connection whose request headers do not arrive in time."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_timer: asyncio.TimerHandle | None = None

    def _arm(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(header_timeout_s(), self._headers_too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self.cycle is None or self.cycle.response_complete:
            if not self.transport.is_closing():
                self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._arm()

    def on_headers_complete(self) -> None:
        self._disarm()
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)
