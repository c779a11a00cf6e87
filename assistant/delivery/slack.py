"""Slack incoming webhook with Block Kit, sent with the official slack-sdk WebhookClient."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.brief.render import w
from assistant.delivery.base import BriefMessage, Channel, DeliveryError, HTTP_TIMEOUT_S, safe_host

HEADER_CHARS = 150  # Block Kit limits
SECTION_CHARS = 3000
MAX_BLOCKS = 50


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


def slack_blocks(msg: BriefMessage) -> list[dict[str, Any]]:
    """Header, summary, one section (+ button) per move, then the footer as context."""
    b = msg.brief
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": _cut(b.get("title", ""), HEADER_CHARS)}},
        {"type": "section", "text": {"type": "mrkdwn", "text": _cut(b.get("summary", "") or " ", SECTION_CHARS)}}]
    for item in b["items"]:
        blocks.append({"type": "divider"})
        body = "*" + item["headline"] + "*" + "".join("\n" + d for d in item.get("details", []))
        section: dict[str, Any] = {"type": "section", "text": {"type": "mrkdwn", "text": _cut(body, SECTION_CHARS)}}
        url = msg.link(item.get("link"))
        if url:
            section["accessory"] = {"type": "button", "url": url,
                                    "text": {"type": "plain_text", "text": w(msg.lang, "button_ask")}}
        blocks.append(section)
    footer = [{"type": "mrkdwn", "text": _cut(line, SECTION_CHARS)} for line in b.get("footer", [])][:10]
    if footer:
        blocks += [{"type": "divider"}, {"type": "context", "elements": footer}]
    return blocks[:MAX_BLOCKS]


@dataclass
class SlackChannel(Channel):
    webhook: str = ""

    def __post_init__(self) -> None:
        self.kind = "slack"
        self.secrets = (self.webhook,) if self.webhook else ()

    def describe(self) -> str:
        return f"slack {safe_host(self.webhook)}"

    def send(self, message: BriefMessage) -> None:
        from slack_sdk.webhook import WebhookClient

        client = WebhookClient(self.webhook, timeout=int(HTTP_TIMEOUT_S))
        try:
            resp = client.send(text=message.brief.get("title", ""), blocks=slack_blocks(message))
        except OSError as exc:  # urllib's URLError, timeouts, refused connections
            raise DeliveryError(f"network error talking to {safe_host(self.webhook)}: {type(exc).__name__}",
                                retryable=True, hint="check the network and the webhook address") from None
        if resp.status_code == 429 or resp.status_code >= 500:
            raise DeliveryError(f"slack answered HTTP {resp.status_code}", retryable=True)
        if resp.status_code != 200:
            raise DeliveryError(f"slack answered HTTP {resp.status_code}: {_cut(str(resp.body), 80)}", retryable=False,
                                hint="check the incoming-webhook URL of the Slack app")
