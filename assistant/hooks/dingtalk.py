"""DingTalk (钉钉) outgoing robot: timestamp + appSecret HMAC-SHA256 sign, answers through the sessionWebhook.

Per the DingTalk docs ("Outgoing robot / receive messages"): headers `timestamp` (ms) and `sign` =
base64(HMAC-SHA256(appSecret, timestamp + "\\n" + appSecret)); a timestamp more than an hour off is
refused. The body names a `sessionWebhook` (valid until `sessionWebhookExpiredTime`) to post the
reply to. DingTalk chats have no threads: one conversation per chat.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from assistant.hooks.base import Message, Outcome, Platform, Request, Sender, bad_signature, hmac_sha256, same
from assistant.hooks.card import AnswerCard, word


def dingtalk_sign(app_secret: str, timestamp: str) -> str:
    """The `sign` header of an outgoing-robot request."""
    return base64.b64encode(hmac_sha256(app_secret.encode(), f"{timestamp}\n{app_secret}".encode())).decode()


@dataclass
class DingTalk(Platform):
    app_secret: str
    name: str = "dingtalk"
    max_skew_s: float = 3600.0

    def secrets(self) -> tuple[str, ...]:
        return tuple(s for s in (self.app_secret,) if s)

    def receive(self, request: Request, now: float) -> Outcome:
        ts = request.header("timestamp")
        self.check_time(ts, now, millis=True)
        if not same(dingtalk_sign(self.app_secret, ts), request.header("sign")):
            raise bad_signature(self.name, "the sign does not match")
        data = request.json()
        if data.get("msgtype") != "text":
            return Outcome(body={"msgtype": "empty"})
        text = str((data.get("text") or {}).get("content") or "").strip()
        chat = str(data.get("conversationId") or "")
        webhook = str(data.get("sessionWebhook") or "")
        if not text or not chat or not webhook:
            return Outcome(body={"msgtype": "empty"})
        msg = Message(self.name, str(data.get("msgId") or ""), chat, "", text,
                      {"webhook": webhook, "at": data.get("senderStaffId") if data.get("conversationType") == "2" else None})
        # an empty reply acknowledges at once; the answer follows through the session webhook
        return Outcome(body={"msgtype": "empty"}, message=msg)

    def card(self, card: AnswerCard) -> dict[str, Any]:
        text = card.markdown()
        if card.full_url:
            return {"msgtype": "actionCard", "actionCard": {"title": card.title, "text": text,
                                                            "singleTitle": word(card.lang, "full"),
                                                            "singleURL": card.full_url}}
        return {"msgtype": "markdown", "markdown": {"title": card.title, "text": text}}

    def send(self, sender: Sender, message: Message, payload: dict[str, Any]) -> None:
        from assistant.delivery.base import DeliveryError
        body = dict(payload)
        if message.reply.get("at") and body["msgtype"] == "markdown":
            body["at"] = {"atUserIds": [message.reply["at"]]}
        reply = sender.post(message.reply["webhook"], body)
        if reply.get("errcode") not in (0, None):
            raise DeliveryError(f"DingTalk refused the reply (errcode {reply.get('errcode')})", retryable=False)
