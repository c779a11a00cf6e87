"""ASGI middleware for the /api/* guard (bearer keys, per-key rate limit) and the body size limit."""
from __future__ import annotations

import hashlib
import hmac

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.config import ApiConfig
from api.errors import error_response
from api.ratelimit import TokenBucketLimiter

OPEN_PATHS = frozenset({"/api/health"})


def bearer_key(scope: Scope) -> str | None:
    """The KEY of an `Authorization: Bearer KEY` header, else None."""
    for name, value in scope.get("headers", ()):
        if name == b"authorization":
            scheme, _, key = value.decode("latin-1").partition(" ")
            if scheme.lower() == "bearer" and key.strip():
                return key.strip()
    return None


def key_matches(key: str | None, keys: tuple[str, ...]) -> bool:
    """Constant-time membership test so timing does not reveal key prefixes."""
    if key is None:
        return False
    found = False
    for candidate in keys:
        found |= hmac.compare_digest(key.encode(), candidate.encode())
    return found


def _client_id(scope: Scope, key: str | None) -> str:
    if key is not None:
        # buckets are named by a digest so keys never sit in memory twice
        return "key:" + hashlib.sha256(key.encode()).hexdigest()[:16]
    client = scope.get("client") or ("unknown", 0)
    return f"addr:{client[0]}"


class ApiGuardMiddleware:
    """Every /api/* route but health: a valid bearer key when keys are set, then the rate limit."""

    def __init__(self, app: ASGIApp, config: ApiConfig, limiter: TokenBucketLimiter) -> None:
        self.app = app
        self.config = config
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not path.startswith("/api/") or path in OPEN_PATHS:
            await self.app(scope, receive, send)
            return
        key = bearer_key(scope)
        if self.config.api_keys and not key_matches(key, self.config.api_keys):
            response = error_response(401, "unauthorized", headers={"WWW-Authenticate": "Bearer"})
            await response(scope, receive, send)
            return
        wait_s = self.limiter.acquire(_client_id(scope, key if self.config.api_keys else None))
        if wait_s > 0:
            response = error_response(429, "rate_limited",
                                       headers={"Retry-After": self.limiter.retry_after_header(wait_s)})
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


class BodyLimitMiddleware:
    """Rejects bodies over `max_bytes` with a 413 envelope, by Content-Length or by counting."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await error_response(413, "payload_too_large")(scope, receive, send)
            return
        # read the body up front (it is at most max_bytes) so an oversized chunked body
        # is refused before any route starts working on it
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await error_response(413, "payload_too_large")(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(b"".join(chunks), receive), send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        # afterwards the app only waits for the client to go away
        return await receive()

    return replay
