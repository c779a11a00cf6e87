"""Slack Events API: signing-secret v0 signatures, url_verification, app mentions and DMs, threaded replies.

Signature (Slack docs, "Verifying requests from Slack"): v0=HMAC-SHA256(signing secret,
"v0:{X-Slack-Request-Timestamp}:{raw body}") in X-Slack-Signature; timestamps older than five
minutes are refused (replay). Replies go to chat.postMessage with the bot token, in the thread.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from assistant.hooks.base import Message, Outcome, Platform, Request, Sender, bad_signature, hmac_sha256, same
from assistant.hooks.card import AnswerCard, word

API_URL = "https://slack.com/api"
SECTION_CHARS = 3000  # Block Kit limits
HEADER_CHARS = 150
BUTTON_CHARS = 75
MENTION = re.compile(r"<@[A-Z0-9]+>")


def slack_signature(secret: str, timestamp: str, body: bytes) -> str:
    """The X-Slack-Signature of a request."""
    return "v0=" + hmac_sha256(secret.encode(), b"v0:" + timestamp.encode() + b":" + body).hex()


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


@dataclass
class Slack(Platform):
    signing_secret: str
    bot_token: str | None = None
    api_url: str = API_URL
    name: str = "slack"

    def secrets(self) -> tuple[str, ...]:
        return tuple(s for s in (self.signing_secret, self.bot_token,) if s)

    def receive(self, request: Request, now: float) -> Outcome:
        ts = request.header("X-Slack-Request-Timestamp")
        self.check_time(ts, now)
        if not same(slack_signature(self.signing_secret, ts, request.body), request.header("X-Slack-Signature")):
            raise bad_signature(self.name, "the signature does not match")
        data = request.json()
        if data.get("type") == "url_verification":
            return Outcome(body={"challenge": str(data.get("challenge", ""))})
        event = data.get("event") or {}
        # the bot's own posts and edits come back as events too
        if data.get("type") != "event_callback" or event.get("bot_id") or event.get("subtype"):
            return Outcome()
        if event.get("type") not in ("app_mention", "message"):
            return Outcome()
        text = MENTION.sub("", str(event.get("text") or "")).strip()
        channel = str(event.get("channel") or "")
        # a direct message without a thread is one running conversation; elsewhere each thread is one
        direct = event.get("channel_type") == "im" and not event.get("thread_ts")
        thread = "" if direct else str(event.get("thread_ts") or event.get("ts") or "")
        if not text or not channel:
            return Outcome()
        msg = Message(self.name, str(data.get("event_id") or event.get("client_msg_id") or event.get("ts")), channel,
                      thread, text, {"channel": channel, "thread_ts": thread or None})
        return Outcome(message=msg)

    def card(self, card: AnswerCard) -> dict[str, Any]:
        blocks: list[dict[str, Any]] = [
            {"type": "section", "text": {"type": "mrkdwn", "text": _cut(card.text or " ", SECTION_CHARS)}}]
        lines = card.table_lines()
        if lines:
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": _cut(
                f"*{word(card.lang, 'rows')}*\n```" + "\n".join(lines) + "```", SECTION_CHARS)}})
        buttons = []
        if card.chart_url:
            buttons.append({"type": "button", "text": {"type": "plain_text", "text": _cut(word(card.lang, "chart"), BUTTON_CHARS)},
                            "url": card.chart_url, "action_id": "chart"})
        if card.full_url:
            buttons.append({"type": "button", "text": {"type": "plain_text", "text": _cut(word(card.lang, "full"), BUTTON_CHARS)},
                            "url": card.full_url, "action_id": "full_answer", "style": "primary"})
        if buttons:
            blocks.append({"type": "actions", "elements": buttons})
        return {"text": _cut(card.text, SECTION_CHARS), "blocks": blocks}

    def send(self, sender: Sender, message: Message, payload: dict[str, Any]) -> None:
        from assistant.delivery.base import DeliveryError
        if not self.bot_token:
            raise DeliveryError("no Slack bot token to reply with", retryable=False,
                                hint="set JOURNEY_SLACK_BOT_TOKEN (xoxb-…)")
        body = {**payload, "channel": message.reply["channel"]}
        if message.reply.get("thread_ts"):
            body["thread_ts"] = message.reply["thread_ts"]
        reply = sender.post(f"{self.api_url}/chat.postMessage", body, headers={"Authorization": f"Bearer {self.bot_token}"})
        if reply.get("ok") is False:
            raise DeliveryError(f"Slack refused the reply: {reply.get('error', 'unknown error')}", retryable=False)
