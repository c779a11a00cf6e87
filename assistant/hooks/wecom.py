"""WeCom (企业微信) app callback: msg_signature SHA1 over token/timestamp/nonce/data, AES-decrypted messages.

Per the WeCom docs ("Callback configuration", "Encryption and decryption"): msg_signature =
sha1(sorted [token, timestamp, nonce, echostr-or-Encrypt] joined); the AES key is
base64(EncodingAESKey + "="), IV its first 16 bytes, PKCS#7 padding to 32 bytes; the plaintext is
16 random bytes, a 4-byte big-endian length, the message and the receiver (corp) id. The URL check
(GET) is answered with the decrypted echostr; replies go through message/send with an access token.
WeCom app chats are one-to-one: one conversation per user.
"""
from __future__ import annotations

import base64
import hashlib
import struct
import threading
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any

from assistant.hooks.base import HookError, Message, Outcome, Platform, Request, Sender, bad_signature, same
from assistant.hooks.card import AnswerCard
from assistant.hooks.crypto import aes_cbc_decrypt, aes_cbc_encrypt

API_URL = "https://qyapi.weixin.qq.com/cgi-bin"
MARKDOWN_BYTES = 2048  # WeCom's limit for markdown content
TOKEN_MARGIN_S = 300


def wecom_signature(token: str, timestamp: str, nonce: str, data: str) -> str:
    """The msg_signature of a callback."""
    return hashlib.sha1("".join(sorted([token, timestamp, nonce, data])).encode()).hexdigest()


def _key(aes_key: str) -> bytes:
    return base64.b64decode(aes_key + "=")


def wecom_decrypt(aes_key: str, data: str) -> tuple[str, str]:
    """(message, receiver id) of an encrypted echostr or Encrypt field."""
    key = _key(aes_key)
    plain = aes_cbc_decrypt(key, key[:16], base64.b64decode(data), block_bits=256)
    (size,) = struct.unpack(">I", plain[16:20])
    return plain[20:20 + size].decode("utf-8"), plain[20 + size:].decode("utf-8")


def wecom_encrypt(aes_key: str, message: str, receiver: str, random16: bytes) -> str:
    """The Encrypt field of a message (what WeCom sends; tests play the platform with it)."""
    key = _key(aes_key)
    raw = message.encode("utf-8")
    plain = random16 + struct.pack(">I", len(raw)) + raw + receiver.encode("utf-8")
    return base64.b64encode(aes_cbc_encrypt(key, key[:16], plain, block_bits=256)).decode()


def _cut_bytes(text: str, n: int) -> str:
    raw = text.encode("utf-8")
    return text if len(raw) <= n else raw[:n - 3].decode("utf-8", "ignore") + "…"


@dataclass
class WeCom(Platform):
    token: str
    aes_key: str
    corp_id: str | None = None
    corp_secret: str | None = None
    agent_id: str | None = None
    api_url: str = API_URL
    name: str = "wecom"
    _access: tuple[str, float] | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def _open(self, request: Request, data: str, now: float) -> str:
        q = request.query
        ts = q.get("timestamp", "")
        self.check_time(ts, now)
        if not data or not same(wecom_signature(self.token, ts, q.get("nonce", ""), data), q.get("msg_signature", "")):
            raise bad_signature(self.name, "the msg_signature does not match")
        try:
            message, receiver = wecom_decrypt(self.aes_key, data)
        except (ValueError, struct.error, UnicodeDecodeError):
            raise bad_signature(self.name, "the message does not decrypt with the EncodingAESKey") from None
        if self.corp_id and receiver != self.corp_id:
            raise bad_signature(self.name, "the message is for another corp id")
        return message

    def secrets(self) -> tuple[str, ...]:
        return tuple(s for s in (self.token, self.aes_key, self.corp_secret,) if s)

    def receive(self, request: Request, now: float) -> Outcome:
        if request.method == "GET":  # the URL check
            return Outcome(body=self._open(request, request.query.get("echostr", ""), now), media_type="text/plain")
        try:
            outer = ET.fromstring(request.body)
        except ET.ParseError:
            raise HookError("the body is not XML", code="bad_request") from None
        xml = ET.fromstring(self._open(request, outer.findtext("Encrypt") or "", now))
        if xml.findtext("MsgType") != "text":
            return Outcome(body="", media_type="text/plain")
        user = xml.findtext("FromUserName") or ""
        text = (xml.findtext("Content") or "").strip()
        if not user or not text:
            return Outcome(body="", media_type="text/plain")
        msg = Message(self.name, xml.findtext("MsgId") or "", user, "", text,
                      {"touser": user, "agentid": xml.findtext("AgentID") or self.agent_id})
        # an empty reply acknowledges; the answer follows through message/send
        return Outcome(body="", media_type="text/plain", message=msg)

    def card(self, card: AnswerCard) -> dict[str, Any]:
        return {"msgtype": "markdown", "markdown": {"content": _cut_bytes(card.markdown(), MARKDOWN_BYTES)}}

    def access_token(self, sender: Sender) -> str:
        """An access token from corp id + secret, kept until shortly before it expires."""
        from assistant.delivery.base import DeliveryError
        with self._lock:
            if self._access and self._access[1] > time.time():
                return self._access[0]
            if not (self.corp_id and self.corp_secret):
                raise DeliveryError("no WeCom corp id/secret to reply with", retryable=False,
                                    hint="set JOURNEY_WECOM_CORP_ID and JOURNEY_WECOM_CORP_SECRET")
            reply = sender.get(f"{self.api_url}/gettoken", params={"corpid": self.corp_id, "corpsecret": self.corp_secret})
            if reply.get("errcode") not in (0, None) or not reply.get("access_token"):
                raise DeliveryError(f"WeCom refused the corp credentials (errcode {reply.get('errcode')})", retryable=False)
            expire = float(reply.get("expires_in") or 7200)
            self._access = (str(reply["access_token"]), time.time() + max(60.0, expire - TOKEN_MARGIN_S))
            return self._access[0]

    def send(self, sender: Sender, message: Message, payload: dict[str, Any]) -> None:
        from assistant.delivery.base import DeliveryError
        token = self.access_token(sender)
        agent = message.reply.get("agentid")
        body = {**payload, "touser": message.reply["touser"], "agentid": int(agent) if str(agent or "").isdigit() else agent}
        reply = sender.post(f"{self.api_url}/message/send", body, params={"access_token": token})
        if reply.get("errcode") not in (0, None):
            raise DeliveryError(f"WeCom refused the reply (errcode {reply.get('errcode')})", retryable=False)
