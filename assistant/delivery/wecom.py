"""WeCom (企业微信) group-robot webhook: markdown, or a text_notice template card with a public URL.

WeCom has no maintained Python SDK for group robots; the webhook is one documented POST (the
`key` in the URL is the credential, there is no signature), sent with httpx.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.delivery.base import BriefMessage, Channel, DeliveryError, post_json, safe_host
from assistant.delivery.dingtalk import brief_markdown

MARKDOWN_BYTES = 4096  # documented limit of markdown.content
RETRYABLE_CODES = {-1, 45009}  # "system busy", "api freq out of limit"


def _cut(text: str, limit: int) -> str:
    raw = text.encode("utf-8")
    return text if len(raw) <= limit else raw[:limit - 3].decode("utf-8", "ignore") + "…"


def wecom_body(msg: BriefMessage, fmt: str = "markdown") -> dict[str, Any]:
    b = msg.brief
    home = msg.link("/")
    if fmt == "template_card" and home:
        card: dict[str, Any] = {
            "card_type": "text_notice",
            "main_title": {"title": _cut(b.get("title", ""), 100), "desc": _cut(b.get("summary", ""), 100)},
            "sub_title_text": _cut("\n".join(i["headline"] for i in b["items"]) or b.get("summary", ""), 500),
            "card_action": {"type": 1, "url": home},
        }
        jumps = [{"type": 1, "title": _cut(i["metric_name"], 40), "url": msg.link(i["link"])} for i in b["items"][:3]]
        if jumps:
            card["jump_list"] = jumps
        return {"msgtype": "template_card", "template_card": card}
    return {"msgtype": "markdown", "markdown": {"content": _cut(brief_markdown(msg, heading="## "), MARKDOWN_BYTES)}}


@dataclass
class WeComChannel(Channel):
    webhook: str = ""
    format: str = "markdown"
    client: Any = None

    def __post_init__(self) -> None:
        self.kind = "wecom"
        self.secrets = (self.webhook,) if self.webhook else ()

    def describe(self) -> str:
        return f"wecom {safe_host(self.webhook)}"

    def send(self, message: BriefMessage) -> None:
        reply = post_json(self.client, self.webhook, wecom_body(message, self.format))
        code = reply.get("errcode", 0)
        if code != 0:
            raise DeliveryError(f"wecom refused the message: errcode {code} {reply.get('errmsg', '')}".strip(),
                                retryable=code in RETRYABLE_CODES, hint="check the robot key of the WeCom group")

