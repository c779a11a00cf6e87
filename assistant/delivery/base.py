"""The channel interface, its error, the HTTP post every webhook uses, and secret redaction."""
from __future__ import annotations

import json
import logging
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, Iterable
from urllib.parse import urlsplit

from knowledge.errors import JourneyError

HTTP_TIMEOUT_S = 10.0


class DeliveryError(JourneyError):
    """A brief could not be delivered; `retryable` says whether trying again may help."""

    code = "delivery_failed"

    def __init__(self, message: str, *, retryable: bool, hint: str | None = None, code: str | None = None) -> None:
        super().__init__(message, hint=hint, code=code)
        self.retryable = retryable


@dataclass(frozen=True)
class BriefMessage:
    """What every channel renders: the brief JSON in one language, plus where its links point."""

    brief: dict[str, Any]
    base_url: str | None = None  # absolute links need the server's public address

    def link(self, relative: str | None) -> str | None:
        if not relative or not self.base_url:
            return None
        return self.base_url.rstrip("/") + relative

    @property
    def lang(self) -> str:
        return str(self.brief.get("language") or "en")


@dataclass
class Channel(ABC):
    """Sends one brief somewhere; raises DeliveryError. `secrets` are values never to show."""

    kind: str = ""
    secrets: tuple[str, ...] = field(default_factory=tuple)

    @abstractmethod
    def send(self, message: BriefMessage) -> None:
        """Deliver the message or raise DeliveryError."""

    def describe(self) -> str:
        """Where it goes, safe to log."""
        return self.kind

    def redact(self, text: str) -> str:
        """The text with every secret of this channel masked."""
        for s in sorted(self.secrets, key=len, reverse=True):
            if s:
                text = text.replace(s, "***")
        return text


# libraries that log request URLs (and so webhook tokens): httpx at INFO, slack-sdk at DEBUG
URL_LOGGERS = ("httpx", "httpcore.http11", "httpcore.connection", "slack_sdk.webhook.client")


class RedactSecrets(logging.Filter):
    """Masks known secret values in log records before any handler sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        hidden = text
        for s in sorted(self.secrets, key=len, reverse=True):
            hidden = hidden.replace(s, "***")
        if hidden != text:
            record.msg, record.args = hidden, ()
        return True


def install_log_redaction(secrets: Iterable[str]) -> None:
    """Mask these secrets in the logs of the HTTP libraries the channels use (called at start-up, not import)."""
    values = {s for s in secrets if s}
    for name in URL_LOGGERS:
        logger = logging.getLogger(name)
        existing = next((f for f in logger.filters if isinstance(f, RedactSecrets)), None)
        if existing is None:
            existing = RedactSecrets()
            logger.addFilter(existing)
        existing.secrets |= values


def safe_host(url: str) -> str:
    """scheme://host of a webhook URL: its path and query carry the token."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname}" + (f":{parts.port}" if parts.port else "")


def post_json(client: Any, url: str, body: dict[str, Any], *, params: dict[str, str] | None = None) -> dict[str, Any]:
    """POST JSON; network errors, 5xx and 429 are retryable, other 4xx are not. Returns the JSON reply."""
    import httpx

    # httpx's params= would replace the webhook's own query (DingTalk's access_token): merge instead
    target = httpx.URL(url).copy_merge_params(params) if params else httpx.URL(url)
    try:
        resp = client.post(target, content=json.dumps(body, ensure_ascii=False).encode("utf-8"),
                           headers={"Content-Type": "application/json; charset=utf-8"}, timeout=HTTP_TIMEOUT_S)
    except httpx.HTTPError as exc:
        # the exception text can hold the URL (and so the token): name only its type
        raise DeliveryError(f"network error talking to {safe_host(url)}: {type(exc).__name__}", retryable=True,
                            hint="check the network and the webhook address") from None
    if resp.status_code == 429 or resp.status_code >= 500:
        raise DeliveryError(f"{safe_host(url)} answered HTTP {resp.status_code}", retryable=True)
    if resp.status_code >= 400:
        raise DeliveryError(f"{safe_host(url)} answered HTTP {resp.status_code}", retryable=False,
                            hint="check the webhook address and token")
    try:
        return resp.json()
    except ValueError:
        return {}
