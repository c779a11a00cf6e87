"""Playing each chat platform in tests: signed callbacks as the platform sends them, a recording sender,
and checks of reply payloads against the fields each platform documents."""
from __future__ import annotations

import base64
import json
import time
from typing import Any

from assistant.hooks.base import Sender
from assistant.hooks.dingtalk import dingtalk_sign
from assistant.hooks.feishu import feishu_signature
from assistant.hooks.slack import slack_signature
from assistant.hooks.wecom import wecom_encrypt, wecom_signature

SLACK_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
FEISHU_TOKEN = "v-token-123"
FEISHU_KEY = "feishu-encrypt-key"
DING_SECRET = "ding-app-secret-xyz"
WECOM_TOKEN = "QDG6eK"
WECOM_AES = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"  # the 43-character example of the WeCom docs
WECOM_CORP = "wx5823bf96d3bd56c7"

ENV = {"JOURNEY_SLACK_SIGNING_SECRET": SLACK_SECRET, "JOURNEY_SLACK_BOT_TOKEN": "xoxb-test-token",
       "JOURNEY_FEISHU_VERIFICATION_TOKEN": FEISHU_TOKEN, "JOURNEY_FEISHU_APP_ID": "cli_app",
       "JOURNEY_FEISHU_APP_SECRET": "feishu-app-secret", "JOURNEY_DINGTALK_APP_SECRET": DING_SECRET,
       "JOURNEY_WECOM_TOKEN": WECOM_TOKEN, "JOURNEY_WECOM_AES_KEY": WECOM_AES, "JOURNEY_WECOM_CORP_ID": WECOM_CORP,
       "JOURNEY_WECOM_CORP_SECRET": "wecom-secret", "JOURNEY_WECOM_AGENT_ID": "1000002",
       "JOURNEY_PUBLIC_URL": "https://bi.example.com"}


class RecordingSender(Sender):
    """Answers like each platform's API and keeps every call."""

    def __init__(self) -> None:
        self.posts: list[tuple[str, dict[str, Any], dict[str, str]]] = []
        self.gets: list[tuple[str, dict[str, str]]] = []

    def post(self, url, body, *, headers=None, params=None):  # noqa: ANN001, ANN201
        self.posts.append((url, body, dict(headers or {}) | dict(params or {})))
        if url.endswith("/tenant_access_token/internal"):
            return {"code": 0, "tenant_access_token": "t-123", "expire": 7200}
        return {"ok": True, "code": 0, "errcode": 0}

    def get(self, url, *, params=None):  # noqa: ANN001, ANN201
        self.gets.append((url, dict(params or {})))
        return {"errcode": 0, "access_token": "wecom-access", "expires_in": 7200}

    def replies(self) -> list[tuple[str, dict[str, Any], dict[str, str]]]:
        return [p for p in self.posts if not p[0].endswith("/tenant_access_token/internal")]


# -- callbacks as each platform sends them ---------------------------------------------------------
def slack(event: dict[str, Any] | None = None, *, event_id: str = "Ev1", secret: str = SLACK_SECRET,
          ts: float | None = None, body: dict[str, Any] | None = None) -> tuple[bytes, dict[str, str]]:
    payload = body or {"type": "event_callback", "event_id": event_id, "event": event}
    raw = json.dumps(payload).encode()
    stamp = str(int(ts if ts is not None else time.time()))
    return raw, {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": slack_signature(secret, stamp, raw),
                 "Content-Type": "application/json"}


def slack_mention(text: str, *, ts: str, thread_ts: str | None = None, event_id: str = "Ev1") -> tuple[bytes, dict]:
    event = {"type": "app_mention", "user": "U1", "text": f"<@U0BOT> {text}", "ts": ts, "channel": "C42"}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return slack(event, event_id=event_id)


def feishu_message(text: str, *, message_id: str, root_id: str | None = None, event_id: str = "fe1",
                   token: str = FEISHU_TOKEN) -> dict[str, Any]:
    return {"schema": "2.0", "header": {"event_id": event_id, "token": token, "event_type": "im.message.receive_v1",
                                        "create_time": "1700000000000", "app_id": "cli_app"},
            "event": {"sender": {"sender_id": {"open_id": "ou_1"}, "sender_type": "user"},
                      "message": {"message_id": message_id, "root_id": root_id, "chat_id": "oc_1", "chat_type": "group",
                                  "message_type": "text", "content": json.dumps({"text": f"@_user_1 {text}"}),
                                  "mentions": [{"key": "@_user_1", "name": "bot"}]}}}


def feishu_encrypt(payload: dict[str, Any], key: str = FEISHU_KEY) -> dict[str, str]:
    import hashlib

    from assistant.hooks.crypto import aes_cbc_encrypt
    iv = b"0123456789abcdef"
    data = aes_cbc_encrypt(hashlib.sha256(key.encode()).digest(), iv, json.dumps(payload).encode())
    return {"encrypt": base64.b64encode(iv + data).decode()}


def feishu_signed(body: bytes, key: str = FEISHU_KEY) -> dict[str, str]:
    ts, nonce = str(int(time.time())), "n0nce"
    return {"X-Lark-Request-Timestamp": ts, "X-Lark-Request-Nonce": nonce,
            "X-Lark-Signature": feishu_signature(key, ts, nonce, body), "Content-Type": "application/json"}


def dingtalk(text: str, *, msg_id: str = "msg1", secret: str = DING_SECRET,
             webhook: str = "https://oapi.dingtalk.com/robot/sendBySession?session=abc") -> tuple[bytes, dict[str, str]]:
    body = {"msgtype": "text", "text": {"content": f" {text}"}, "msgId": msg_id, "conversationId": "cid1",
            "conversationType": "2", "senderStaffId": "staff1", "sessionWebhook": webhook,
            "sessionWebhookExpiredTime": int(time.time() * 1000) + 3_600_000, "isInAtList": True}
    ts = str(int(time.time() * 1000))
    return json.dumps(body).encode(), {"timestamp": ts, "sign": dingtalk_sign(secret, ts),
                                       "Content-Type": "application/json"}


def wecom_query(data: str, token: str = WECOM_TOKEN) -> dict[str, str]:
    ts, nonce = str(int(time.time())), "1372623149"
    return {"msg_signature": wecom_signature(token, ts, nonce, data), "timestamp": ts, "nonce": nonce}


def wecom_message(text: str, *, msg_id: str = "1234567890123456", user: str = "zhangsan",
                  corp: str = WECOM_CORP) -> tuple[bytes, dict[str, str]]:
    inner = (f"<xml><ToUserName><![CDATA[{corp}]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName>"
             f"<CreateTime>1348831860</CreateTime><MsgType><![CDATA[text]]></MsgType>"
             f"<Content><![CDATA[{text}]]></Content><MsgId>{msg_id}</MsgId><AgentID>1000002</AgentID></xml>")
    enc = wecom_encrypt(WECOM_AES, inner, corp, b"r" * 16)
    outer = f"<xml><ToUserName><![CDATA[{corp}]]></ToUserName><Encrypt><![CDATA[{enc}]]></Encrypt><AgentID>1000002</AgentID></xml>"
    return outer.encode(), wecom_query(enc)


# -- the documented payload fields of each platform's reply ----------------------------------------
def check_slack_payload(body: dict[str, Any]) -> None:
    """chat.postMessage: channel, text fallback, Block Kit blocks within their limits."""
    assert isinstance(body["channel"], str) and body["channel"] and isinstance(body["text"], str)
    blocks = body["blocks"]
    assert 0 < len(blocks) <= 50
    for b in blocks:
        assert b["type"] in {"section", "actions", "context", "divider", "header"}
        if b["type"] == "section":
            assert b["text"]["type"] in ("mrkdwn", "plain_text") and 0 < len(b["text"]["text"]) <= 3000
        if b["type"] == "actions":
            assert 0 < len(b["elements"]) <= 25
            for e in b["elements"]:
                assert e["type"] == "button" and e["text"]["type"] == "plain_text" and len(e["text"]["text"]) <= 75
                assert e["url"].startswith("https://") and len(e["url"]) <= 3000 and len(e["action_id"]) <= 255
                assert e.get("style") in (None, "primary", "danger")


def check_feishu_payload(body: dict[str, Any]) -> None:
    """im/v1/messages/:id/reply: msg_type interactive, content a JSON string of a card."""
    assert body["msg_type"] == "interactive" and isinstance(body["content"], str)
    assert isinstance(body["reply_in_thread"], bool)
    card = json.loads(body["content"])
    assert card["header"]["title"]["tag"] == "plain_text" and card["header"]["template"] in (
        "blue", "wathet", "turquoise", "green", "yellow", "orange", "red", "carmine", "violet", "purple", "indigo", "grey")
    for el in card["elements"]:
        assert el["tag"] in {"div", "hr", "action", "note", "markdown", "img"}
        if el["tag"] == "div":
            assert el["text"]["tag"] in ("plain_text", "lark_md") and el["text"]["content"]
        if el["tag"] == "action":
            for a in el["actions"]:
                assert a["tag"] == "button" and a["type"] in ("default", "primary", "danger")
                assert a["text"]["tag"] == "plain_text" and a["url"].startswith("https://")


def check_dingtalk_payload(body: dict[str, Any]) -> None:
    """Robot message: actionCard (title, text, singleTitle, singleURL) or markdown (title, text)."""
    kind = body["msgtype"]
    assert kind in ("actionCard", "markdown")
    part = body[kind]
    assert isinstance(part["title"], str) and part["title"] and isinstance(part["text"], str) and part["text"]
    if kind == "actionCard":
        assert part["singleTitle"] and part["singleURL"].startswith("https://")


def check_wecom_payload(body: dict[str, Any]) -> None:
    """message/send markdown: touser, msgtype, agentid (int), markdown.content ≤ 2048 bytes."""
    assert body["msgtype"] == "markdown" and isinstance(body["touser"], str) and isinstance(body["agentid"], int)
    content = body["markdown"]["content"]
    assert content and len(content.encode("utf-8")) <= 2048
