"""Feishu (飞书) / Lark event subscription: verification token, encrypt key, im.message.receive_v1, card replies.

Per the Feishu docs ("Event subscription"): with an Encrypt Key the body is {"encrypt": base64(iv +
AES-256-CBC(sha256(key), body))} and requests carry X-Lark-Signature = sha256(timestamp + nonce +
encrypt key + raw body) hex; the (decrypted) body carries the verification token (`token`, or
`header.token` in schema 2.0). A `url_verification` body is answered with its challenge. Replies
go to /im/v1/messages/{message_id}/reply with a tenant access token (app id + app secret).
"""
from __future__ import annotations

import base64
import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from assistant.hooks.base import HookError, Message, Outcome, Platform, Request, Sender, bad_signature, same
from assistant.hooks.card import AnswerCard, word
from assistant.hooks.crypto import aes_cbc_decrypt

API_URL = "https://open.feishu.cn/open-apis"
TOKEN_MARGIN_S = 300  # renew the tenant token this long before it expires


def feishu_decrypt(encrypt_key: str, encrypted: str) -> bytes:
    """The plaintext body of an encrypted Feishu callback."""
    raw = base64.b64decode(encrypted)
    return aes_cbc_decrypt(hashlib.sha256(encrypt_key.encode()).digest(), raw[:16], raw[16:])


def feishu_signature(encrypt_key: str, timestamp: str, nonce: str, body: bytes) -> str:
    """The X-Lark-Signature of a request."""
    return hashlib.sha256((timestamp + nonce + encrypt_key).encode() + body).hexdigest()


@dataclass
class Feishu(Platform):
    verification_token: str | None = None
    encrypt_key: str | None = None
    app_id: str | None = None
    app_secret: str | None = None
    api_url: str = API_URL
    name: str = "feishu"
    _token: tuple[str, float] | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def secrets(self) -> tuple[str, ...]:
        return tuple(s for s in (self.verification_token, self.encrypt_key, self.app_secret,) if s)

    def receive(self, request: Request, now: float) -> Outcome:
        signature = request.header("X-Lark-Signature")
        if self.encrypt_key and signature:
            ts, nonce = request.header("X-Lark-Request-Timestamp"), request.header("X-Lark-Request-Nonce")
            self.check_time(ts, now)
            if not same(feishu_signature(self.encrypt_key, ts, nonce, request.body), signature):
                raise bad_signature(self.name, "the signature does not match")
        data = request.json()
        if "encrypt" in data:
            if not self.encrypt_key:
                raise HookError("the callback is encrypted but no encrypt key is configured", code="bad_request",
                                hint="set JOURNEY_FEISHU_ENCRYPT_KEY")
            try:
                data = json.loads(feishu_decrypt(self.encrypt_key, str(data["encrypt"])))
            except ValueError:
                raise bad_signature(self.name, "the body does not decrypt with the encrypt key") from None
        elif self.encrypt_key and not signature:
            raise bad_signature(self.name, "the body is not encrypted and not signed")
        token = str(data.get("token") or (data.get("header") or {}).get("token") or "")
        if self.verification_token and not same(token, self.verification_token):
            raise bad_signature(self.name, "the verification token does not match")
        if data.get("type") == "url_verification":
            return Outcome(body={"challenge": str(data.get("challenge", ""))})
        if self.encrypt_key and not signature:
            # Feishu signs every event once an encrypt key is set (only the URL check comes unsigned)
            raise bad_signature(self.name, "the event is not signed")
        header, event = data.get("header") or {}, data.get("event") or {}
        if header.get("event_type") != "im.message.receive_v1":
            return Outcome()
        m = event.get("message") or {}
        if m.get("message_type") != "text":
            return Outcome()
        try:
            text = str(json.loads(m.get("content") or "{}").get("text") or "")
        except ValueError:
            return Outcome()
        for mention in m.get("mentions") or []:
            text = text.replace(str(mention.get("key") or "\0"), "")
        text = text.strip()
        chat = str(m.get("chat_id") or "")
        if not text or not chat:
            return Outcome()
        # a direct chat is one running conversation; in a group each thread (root message) is one
        thread = "" if m.get("chat_type") == "p2p" else str(m.get("thread_id") or m.get("root_id") or m.get("message_id"))
        msg = Message(self.name, str(header.get("event_id") or m.get("message_id")), chat, thread, text,
                      {"message_id": m.get("message_id"), "in_thread": bool(thread)})
        return Outcome(message=msg)

    def card(self, card: AnswerCard) -> dict[str, Any]:
        elements: list[dict[str, Any]] = [{"tag": "div", "text": {"tag": "lark_md", "content": card.text}}]
        lines = card.table_lines()
        if lines:
            elements.append({"tag": "div", "text": {"tag": "lark_md",
                                                    "content": f"**{word(card.lang, 'rows')}**\n" + "\n".join(lines)}})
        actions = []
        if card.chart_url:
            actions.append({"tag": "button", "type": "default", "url": card.chart_url,
                            "text": {"tag": "plain_text", "content": word(card.lang, "chart")}})
        if card.full_url:
            actions.append({"tag": "button", "type": "primary", "url": card.full_url,
                            "text": {"tag": "plain_text", "content": word(card.lang, "full")}})
        if actions:
            elements.append({"tag": "action", "actions": actions})
        return {"msg_type": "interactive", "card": {
            "config": {"wide_screen_mode": True},
            "header": {"template": "blue", "title": {"tag": "plain_text", "content": card.title}},
            "elements": elements}}

    def tenant_token(self, sender: Sender) -> str:
        """A tenant access token, fetched with the app id and secret and kept until shortly before it expires."""
        from assistant.delivery.base import DeliveryError
        with self._lock:
            if self._token and self._token[1] > time.time():
                return self._token[0]
            if not (self.app_id and self.app_secret):
                raise DeliveryError("no Feishu app id/secret to reply with", retryable=False,
                                    hint="set JOURNEY_FEISHU_APP_ID and JOURNEY_FEISHU_APP_SECRET")
            reply = sender.post(f"{self.api_url}/auth/v3/tenant_access_token/internal",
                                {"app_id": self.app_id, "app_secret": self.app_secret})
            if reply.get("code") != 0 or not reply.get("tenant_access_token"):
                raise DeliveryError(f"Feishu refused the app credentials (code {reply.get('code')})", retryable=False)
            expire = float(reply.get("expire") or 7200)
            self._token = (str(reply["tenant_access_token"]), time.time() + max(60.0, expire - TOKEN_MARGIN_S))
            return self._token[0]

    def send(self, sender: Sender, message: Message, payload: dict[str, Any]) -> None:
        from assistant.delivery.base import DeliveryError
        token = self.tenant_token(sender)
        body = {"msg_type": payload["msg_type"], "content": json.dumps(payload["card"], ensure_ascii=False),
                "reply_in_thread": bool(message.reply.get("in_thread"))}
        reply = sender.post(f"{self.api_url}/im/v1/messages/{message.reply['message_id']}/reply", body,
                            headers={"Authorization": f"Bearer {token}"})
        if reply.get("code") not in (0, None):
            raise DeliveryError(f"Feishu refused the reply (code {reply.get('code')})", retryable=False)
