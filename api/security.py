"""ASGI middleware for the /api/* guard (bearer keys, per-key rate limit) and the body size limit."""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
import math

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.config import ApiConfig, Network
from api.errors import error_response
from api.ratelimit import TokenBucketLimiter
from assistant.memory import LOCAL_OWNER

OPEN_PATHS = frozenset({"/api/health"})


def guarded(path: str) -> bool:
    """True for the paths that need a key (when keys are set) and count against the rate limit."""
    return (path.startswith("/api/") or path == "/mcp" or path.startswith("/mcp/")) and path not in OPEN_PATHS


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


def key_digest(key: str) -> str:
    """A stable, non-reversible name for a key (buckets and session owners never hold the key)."""
    return hashlib.sha256(key.encode()).hexdigest()[:24]


def owner_for(key: str | None, keys: tuple[str, ...]) -> str:
    """The session owner of a request: the key's digest when keys are set, else the one local owner."""
    return "key:" + key_digest(key) if keys and key is not None else LOCAL_OWNER


def client_ip(scope: Scope, trusted: tuple[Network, ...] = ()) -> str:
    """The peer address; X-Forwarded-For is believed only when the peer is a configured trusted proxy.

    Walking the header right to left, the first address that is not itself a trusted proxy is the
    client (entries further left were written by the client and prove nothing).
    """
    peer = (scope.get("client") or ("unknown", 0))[0]
    if not trusted or not _in(peer, trusted):
        return peer
    forwarded = [v.decode("latin-1") for n, v in scope.get("headers", ()) if n == b"x-forwarded-for"]
    hops = [h.strip() for h in ",".join(forwarded).split(",") if h.strip()]
    for hop in reversed(hops):
        if not _in(hop, trusted):
            return hop if _valid_ip(hop) else peer
    return peer


def _valid_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _in(addr: str, networks: tuple[Network, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        return False
    return any(ip in n for n in networks)


class ApiGuardMiddleware:
    """Every /api/* route but health: a valid bearer key when keys are set, then the rate limit.

    Failed keys are limited on their own, per client address and per presented key, so guessing
    is slow however many addresses or keys are tried; a client over that limit gets 429 before its
    key is even compared. The request's session owner is put in `scope["state"]["owner"]`.
    """

    def __init__(self, app: ASGIApp, config: ApiConfig, limiter: TokenBucketLimiter,
                 auth_limiter: TokenBucketLimiter | None = None) -> None:
        self.app = app
        self.config = config
        self.limiter = limiter
        fails = config.auth_fails_per_minute
        self.auth_limiter = auth_limiter or TokenBucketLimiter(fails, max(1, math.ceil(fails)))

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, status: int, code: str,
                      headers: dict[str, str]) -> None:
        await error_response(status, code, headers=headers)(scope, receive, send)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not guarded(path):
            await self.app(scope, receive, send)
            return
        ip = client_ip(scope, self.config.trusted_proxies)
        key = bearer_key(scope)
        # chat-app callbacks prove themselves by the platform's signature (assistant/hooks), not our keys
        if self.config.api_keys and not path.startswith("/api/hooks/"):
            ip_bucket = "fail-ip:" + ip
            wait_s = self.auth_limiter.wait(ip_bucket)
            if wait_s > 0:
                await self._refuse(scope, receive, send, 429, "rate_limited",
                                   {"Retry-After": self.auth_limiter.retry_after_header(wait_s)})
                return
            if not key_matches(key, self.config.api_keys):
                # count the failure against the address and the key tried; over either limit -> 429
                waits = [self.auth_limiter.acquire(ip_bucket)]
                if key is not None:
                    waits.append(self.auth_limiter.acquire("fail-key:" + key_digest(key)))
                if max(waits) > 0:
                    await self._refuse(scope, receive, send, 429, "rate_limited",
                                       {"Retry-After": self.auth_limiter.retry_after_header(max(waits))})
                    return
                await self._refuse(scope, receive, send, 401, "unauthorized", {"WWW-Authenticate": "Bearer"})
                return
        # buckets: one per key when keys are set, else one per client address
        bucket = "key:" + key_digest(key) if self.config.api_keys and key else "addr:" + ip
        wait_s = self.limiter.acquire(bucket)
        if wait_s > 0:
            await self._refuse(scope, receive, send, 429, "rate_limited",
                               {"Retry-After": self.limiter.retry_after_header(wait_s)})
            return
        scope.setdefault("state", {})["owner"] = owner_for(key, self.config.api_keys)
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
