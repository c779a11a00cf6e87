"""Chat-app callbacks without web code: verify and de-duplicate at once, answer in the thread later.

A platform expects its callback answered within a few seconds (Slack 3 s, Feishu 3 s, WeCom 5 s)
and retries otherwise, so `receive` only verifies, parses and records the event id; the route
runs `answer` in a background task. Each platform + chat + thread is one chat session, so
"and for android only?" continues the thread's question.
"""
from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from assistant.hooks.base import HookError, Message, Outcome, Platform, Request, Sender
from assistant.hooks.card import answer_card
from knowledge.errors import JourneyError

log = logging.getLogger("journey.hooks")
DEDUPE_TTL_S = 3600.0  # platforms retry within minutes; an hour of event ids is plenty
DEDUPE_MAX = 50_000
THREADS_MAX = 10_000


class SeenEvents:
    """Event ids seen in the last `ttl_s` seconds (bounded, oldest forgotten first)."""

    def __init__(self, ttl_s: float = DEDUPE_TTL_S, max_items: int = DEDUPE_MAX) -> None:
        self.ttl_s = ttl_s
        self.max_items = max_items
        self._seen: OrderedDict[tuple[str, str], float] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, key: tuple[str, str], now: float) -> bool:
        """True the first time `key` is seen within the TTL (and records it)."""
        with self._lock:
            while self._seen and (next(iter(self._seen.values())) < now - self.ttl_s or len(self._seen) >= self.max_items):
                self._seen.popitem(last=False)
            if key in self._seen:
                return False
            self._seen[key] = now
            return True


class HookDispatcher:
    """Routes callbacks to their platform, keeps one session per thread, answers with the chat service."""

    def __init__(self, service: Any, platforms: dict[str, Platform], sender: Sender, *, base_url: str | None = None,
                 seen: SeenEvents | None = None, clock: Callable[[], float] = time.time) -> None:
        self.service = service
        self.platforms = platforms
        self.sender = sender
        self.base_url = base_url
        self.seen = seen or SeenEvents()
        self.clock = clock
        self._threads: OrderedDict[tuple[str, str, str], str] = OrderedDict()
        self._thread_locks: dict[tuple[str, str, str], threading.Lock] = {}
        self._lock = threading.Lock()
        self.stats = {"received": 0, "duplicates": 0, "answered": 0, "failed": 0}

    def close(self) -> None:
        """Close the sender's connections (when it has any)."""
        close = getattr(self.sender, "close", None)
        if callable(close):
            close()

    def receive(self, platform: str, request: Request) -> Outcome:
        """Verify and parse one callback; a retry of a message already taken gets the ack but no answer."""
        p = self.platforms.get(platform)
        if p is None:
            raise HookError(f"no {platform} bot is configured on this server", status=404, code="not_configured",
                            hint="set the platform's secrets (docs/SETTINGS.md, README 'Chat apps')")
        outcome = p.receive(request, self.clock())
        if outcome.message is None:
            return outcome
        self.stats["received"] += 1
        if not self.seen.first_time((platform, outcome.message.event_id), self.clock()):
            self.stats["duplicates"] += 1
            return Outcome(body=outcome.body, media_type=outcome.media_type)
        return outcome

    def session_of(self, message: Message) -> str | None:
        """The chat session of the message's thread, if the thread asked before."""
        with self._lock:
            return self._threads.get(message.conversation)

    def _thread_lock(self, key: tuple[str, str, str]) -> threading.Lock:
        with self._lock:
            return self._thread_locks.setdefault(key, threading.Lock())

    def answer(self, message: Message) -> None:
        """Answer in the thread's session and post the card; failures are logged (never secrets), not raised."""
        key = message.conversation
        platform = self.platforms[message.platform]
        # one question at a time per thread, so a follow-up sees the turn before it
        with self._thread_lock(key):
            try:
                answer = self.service.answer(message.text, session_id=self.session_of(message),
                                             owner=f"hook:{message.platform}")
                data = answer.model_dump(mode="json")
                if data.get("session_id"):
                    with self._lock:
                        self._threads[key] = data["session_id"]
                        self._threads.move_to_end(key)
                        while len(self._threads) > THREADS_MAX:
                            old, _ = self._threads.popitem(last=False)
                            self._thread_locks.pop(old, None)
                platform.send(self.sender, message, platform.card(answer_card(data, base_url=self.base_url)))
                self.stats["answered"] += 1
            except JourneyError as exc:
                self.stats["failed"] += 1
                log.warning("%s reply failed: [%s] %s", message.platform, exc.code, exc.message)
            except Exception as exc:  # noqa: BLE001 — a background task has nobody to raise to; the log has it
                self.stats["failed"] += 1
                log.error("%s reply failed unexpectedly: %s", message.platform, type(exc).__name__)


def platforms_from_settings(settings: Any) -> dict[str, Platform]:
    """The platforms whose verification secret is set (the others answer 404)."""
    from assistant.hooks.dingtalk import DingTalk
    from assistant.hooks.feishu import Feishu
    from assistant.hooks.slack import Slack
    from assistant.hooks.wecom import WeCom

    def secret(name: str) -> str | None:
        value = getattr(settings, name, None)
        if hasattr(value, "get_secret_value"):
            value = value.get_secret_value()
        return value or None

    out: dict[str, Platform] = {}
    if secret("slack_signing_secret"):
        out["slack"] = Slack(signing_secret=secret("slack_signing_secret"), bot_token=secret("slack_bot_token"))
    if secret("feishu_verification_token") or secret("feishu_encrypt_key"):
        out["feishu"] = Feishu(verification_token=secret("feishu_verification_token"),
                               encrypt_key=secret("feishu_encrypt_key"), app_id=secret("feishu_app_id"),
                               app_secret=secret("feishu_app_secret"))
    if secret("dingtalk_app_secret"):
        out["dingtalk"] = DingTalk(app_secret=secret("dingtalk_app_secret"))
    if secret("wecom_token") and secret("wecom_aes_key"):
        out["wecom"] = WeCom(token=secret("wecom_token"), aes_key=secret("wecom_aes_key"), corp_id=secret("wecom_corp_id"),
                             corp_secret=secret("wecom_corp_secret"), agent_id=secret("wecom_agent_id"))
    return out
