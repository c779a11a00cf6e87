"""DingTalk (钉钉) custom-robot webhook, signed, as an actionCard (markdown without a public URL).

dingtalk-stream (the official SDK) is for Stream-mode app bots, not webhook robots; the robot
webhook is one documented POST, sent with httpx. Signature (DingTalk docs, "custom robot
security settings"): string_to_sign = timestamp_ms + "\\n" + secret, HMAC-SHA256 keyed with the
secret, base64, URL-encoded; sent as the `timestamp` and `sign` query parameters.
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

RETRYABLE_CODES = {130101, -1}  # "sending too fast", "system busy"


def dingtalk_sign(timestamp_ms: str, secret: str) -> str:
    """The (not yet URL-encoded) `sign` of a DingTalk robot request; httpx encodes query values."""
    string_to_sign = f"{timestamp_ms}\n{secret}".encode("utf-8")
    return base64.b64encode(hmac.new(secret.encode("utf-8"), string_to_sign, digestmod=hashlib.sha256).digest()).decode()


def brief_markdown(msg: BriefMessage, *, heading: str = "### ") -> str:
    """The brief as markdown most chat apps render: title, moves with their details, footer."""
    b = msg.brief
    out = [heading + b.get("title", ""), b.get("summary", "")]
    for item in b["items"]:
        out.append("**" + item["headline"] + "**")
        out += ["> " + d for d in item.get("details", [])]
        url = msg.link(item.get("link"))
        # without the server's public address a link cannot open; the question itself still helps
        out.append(f"[{w(msg.lang, 'button_ask')}]({url})" if url
                   else f"{w(msg.lang, 'follow_up_label')}: {item.get('follow_up', '')}")
    out += b.get("footer", [])
    return "\n\n".join(x for x in out if x)


def dingtalk_body(msg: BriefMessage) -> dict[str, Any]:
    title = msg.brief.get("title", "")
    text = brief_markdown(msg)
    first = next((msg.link(i.get("link")) for i in msg.brief["items"] if msg.link(i.get("link"))), None)
    if first:
        return {"msgtype": "actionCard", "actionCard": {"title": title, "text": text, "btnOrientation": "0",
                                                         "singleTitle": w(msg.lang, "button_ask"), "singleURL": first}}
    return {"msgtype": "markdown", "markdown": {"title": title, "text": text}}


@dataclass
class DingTalkChannel(Channel):
    webhook: str = ""
    secret: str | None = None
    client: Any = None
    clock: Callable[[], float] = field(default=time.time)

    def __post_init__(self) -> None:
        self.kind = "dingtalk"
        self.secrets = tuple(s for s in (self.webhook, self.secret) if s)

    def describe(self) -> str:
        return f"dingtalk {safe_host(self.webhook)}"

    def params(self) -> dict[str, str]:
        if not self.secret:
            return {}
        ts = str(int(self.clock() * 1000))
        return {"timestamp": ts, "sign": dingtalk_sign(ts, self.secret)}

    def send(self, message: BriefMessage) -> None:
        reply = post_json(self.client, self.webhook, dingtalk_body(message), params=self.params())
        code = reply.get("errcode", 0)
        if code != 0:
            raise DingTalkError(code, reply.get("errmsg", ""))


class DingTalkError(DeliveryError):
    def __init__(self, code: int, msg: str) -> None:
        super().__init__(f"dingtalk refused the message: errcode {code} {msg}".strip(),
                         retryable=code in RETRYABLE_CODES,
                         hint="check the robot's secret, keywords and IP settings in the DingTalk group")
