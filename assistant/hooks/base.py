"""What every chat-app callback shares: the platform interface, a parsed message, the reply sender."""
from __future__ import annotations

import hashlib
import hmac
import json
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, Protocol

from knowledge.errors import JourneyError

HTTP_TIMEOUT_S = 10.0


class HookError(JourneyError):
    """A callback that is refused; `http_status` is the HTTP status to answer with."""

    code = "bad_callback"

    def __init__(self, message: str, *, status: int = 400, hint: str | None = None, code: str | None = None) -> None:
        super().__init__(message, hint=hint, code=code)
        self.http_status = status


def bad_signature(platform: str, why: str) -> HookError:
    """The one refusal for a request we cannot prove came from the platform (401)."""
    return HookError(f"{platform} callback refused: {why}", status=401, code="bad_signature",
                     hint="check the signing secret / token configured for this platform")


@dataclass(frozen=True)
class Request:
    """The parts of an HTTP request a callback reads (headers lower-cased)."""

    method: str
    headers: dict[str, str]
    query: dict[str, str]
    body: bytes

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")

    def json(self) -> dict[str, Any]:
        try:
            data = json.loads(self.body.decode("utf-8") or "{}")
        except (UnicodeDecodeError, ValueError):
            raise HookError("the body is not JSON", code="bad_request") from None
        if not isinstance(data, dict):
            raise HookError("the body is not a JSON object", code="bad_request")
        return data


@dataclass(frozen=True)
class Message:
    """A user's message to the bot: who, where (chat and thread), what, and how to reply."""

    platform: str
    event_id: str  # the platform's id of this delivery; a retry carries the same one
    chat_id: str
    thread_id: str
    text: str
    reply: dict[str, Any] = field(default_factory=dict)  # platform-specific reply target

    @property
    def conversation(self) -> tuple[str, str, str]:
        """One conversation per platform + chat + thread."""
        return (self.platform, self.chat_id, self.thread_id)


@dataclass(frozen=True)
class Outcome:
    """What the callback answers at once (`body`, with `media_type`) and the message to answer later."""

    body: Any = field(default_factory=dict)
    message: Message | None = None
    media_type: str = "application/json"


class Sender(Protocol):
    """Calls a platform's HTTP API; tests plug in a fake or point it at a loopback server."""

    def post(self, url: str, body: dict[str, Any], *, headers: dict[str, str] | None = None,
             params: dict[str, str] | None = None) -> dict[str, Any]: ...

    def get(self, url: str, *, params: dict[str, str] | None = None) -> dict[str, Any]: ...


class HttpSender:
    """The real sender (httpx); errors name only the host, never a URL with a token in it."""

    def __init__(self, client: Any = None) -> None:
        import httpx
        self.client = client or httpx.Client(timeout=HTTP_TIMEOUT_S)

    def _call(self, method: str, url: str, **kw: Any) -> dict[str, Any]:
        import httpx

        from assistant.delivery.base import DeliveryError, safe_host
        try:
            resp = self.client.request(method, url, **kw)
        except httpx.HTTPError as exc:
            raise DeliveryError(f"network error talking to {safe_host(url)}: {type(exc).__name__}",
                                retryable=True) from None
        if resp.status_code >= 400:
            raise DeliveryError(f"{safe_host(url)} answered HTTP {resp.status_code}",
                                retryable=resp.status_code == 429 or resp.status_code >= 500)
        try:
            data = resp.json()
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def post(self, url: str, body: dict[str, Any], *, headers: dict[str, str] | None = None,
             params: dict[str, str] | None = None) -> dict[str, Any]:
        return self._call("POST", url, params=params, content=json.dumps(body, ensure_ascii=False).encode("utf-8"),
                          headers={"Content-Type": "application/json; charset=utf-8", **(headers or {})})

    def get(self, url: str, *, params: dict[str, str] | None = None) -> dict[str, Any]:
        return self._call("GET", url, params=params)

    def close(self) -> None:
        self.client.close()


def hmac_sha256(key: bytes, msg: bytes) -> bytes:
    return hmac.new(key, msg, hashlib.sha256).digest()


def same(a: str, b: str) -> bool:
    """Constant-time string comparison (signatures, tokens)."""
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


class Platform(ABC):
    """One chat app: check a callback, parse it, and post the answer card back."""

    name: str = ""
    max_skew_s: float = 300.0  # how old a signed timestamp may be

    @abstractmethod
    def secrets(self) -> tuple[str, ...]:
        """The secret values of this platform (masked in the logs of the HTTP libraries)."""

    @abstractmethod
    def receive(self, request: Request, now: float) -> Outcome:
        """Verify the request (HookError 401 when it is not the platform's) and parse it."""

    @abstractmethod
    def card(self, card: Any) -> dict[str, Any]:
        """The platform's message payload for an answer card (assistant/hooks/card.py)."""

    @abstractmethod
    def send(self, sender: Sender, message: Message, payload: dict[str, Any]) -> None:
        """Post the payload as a reply to the message (in its thread where the platform has threads)."""

    def check_time(self, timestamp: str, now: float, *, millis: bool = False) -> None:
        try:
            ts = float(timestamp) / (1000 if millis else 1)
        except ValueError:
            raise bad_signature(self.name, "no valid timestamp") from None
        if abs(now - ts) > self.max_skew_s:
            raise bad_signature(self.name, "the timestamp is too old or in the future")
