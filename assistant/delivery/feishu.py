"""Feishu (飞书) / Lark custom-bot incoming webhook, signed, as an interactive card.

The official SDK (lark-oapi) is built for app bots (tenant tokens, event dispatch) and pulls in a
large dependency tree; a custom-bot webhook is one documented signed POST, so it is sent here
with httpx. Signature (Feishu docs, "custom bot security settings"): string_to_sign =
timestamp + "\\n" + secret, HMAC-SHA256 keyed with string_to_sign over an empty message,
base64; sent as `timestamp` and `sign` in the body. A reply with `code` != 0 is an error.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from assistant.brief.render import w
from assistant.delivery.base import BriefMessage, Channel, DeliveryError, post_json, safe_host

RETRYABLE_CODES = {11232}  # flow control: the bot sent too often


def feishu_sign(timestamp: str, secret: str) -> str:
    """The `sign` of a Feishu custom-bot request."""
    string_to_sign = f"{timestamp}\n{secret}".encode("utf-8")
    return base64.b64encode(hmac.new(string_to_sign, b"", digestmod=hashlib.sha256).digest()).decode("ascii")


def feishu_card(msg: BriefMessage) -> dict[str, Any]:
    """An interactive card (header, one block per move, buttons to the chat, a note footer)."""
    b = msg.brief
    bad = any(i["change"].get("good") is False for i in b["items"])
    template = "green" if b.get("quiet") else ("red" if bad else "orange")
    elements: list[dict[str, Any]] = [{"tag": "div", "text": {"tag": "lark_md", "content": b.get("summary", "")}}]
    for item in b["items"]:
        elements.append({"tag": "hr"})
        body = "**" + item["headline"] + "**" + "".join("\n" + d for d in item.get("details", []))
        elements.append({"tag": "div", "text": {"tag": "lark_md", "content": body}})
        url = msg.link(item.get("link"))
        if url:
            elements.append({"tag": "action", "actions": [{
                "tag": "button", "type": "primary", "url": url,
                "text": {"tag": "plain_text", "content": w(msg.lang, "button_ask")}}]})
    elements.append({"tag": "hr"})
    elements.append({"tag": "note", "elements": [{"tag": "plain_text", "content": line} for line in b.get("footer", [])]})
    return {"config": {"wide_screen_mode": True},
            "header": {"template": template, "title": {"tag": "plain_text", "content": b.get("title", "")}},
            "elements": elements}


@dataclass
class FeishuChannel(Channel):
    webhook: str = ""
    secret: str | None = None
    client: Any = None
    clock: Callable[[], float] = field(default=time.time)

    def __post_init__(self) -> None:
        self.kind = "feishu"
        self.secrets = tuple(s for s in (self.webhook, self.secret) if s)

    def describe(self) -> str:
        return f"feishu {safe_host(self.webhook)}"

    def payload(self, msg: BriefMessage) -> dict[str, Any]:
        body: dict[str, Any] = {"msg_type": "interactive", "card": feishu_card(msg)}
        if self.secret:
            ts = str(int(self.clock()))
            body.update(timestamp=ts, sign=feishu_sign(ts, self.secret))
        return body

    def send(self, message: BriefMessage) -> None:
        reply = post_json(self.client, self.webhook, self.payload(message))
        code = reply.get("code", reply.get("StatusCode", 0))
        if code not in (0, None):
            raise DeliveryError(f"feishu refused the card: code {code} {reply.get('msg', '')}".strip(),
                                retryable=code in RETRYABLE_CODES,
                                hint="check the bot's secret and keyword settings in the Feishu group")
