"""Records every URL a page requests, to prove nothing left the loopback address."""
from __future__ import annotations

from urllib.parse import urlparse


class RequestLog:
    """Every URL the page asked for, to prove nothing left the loopback address."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, request: object) -> None:
        self.urls.append(request.url)  # type: ignore[attr-defined]

    def external(self) -> list[str]:
        return [u for u in self.urls
                if urlparse(u).scheme not in ("data", "blob", "about") and urlparse(u).hostname != "127.0.0.1"]
