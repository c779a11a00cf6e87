"""Loopback fakes of the chat platforms' incoming webhooks: they check signatures and card schemas.

Each fake answers like the platform (HTTP 200 with an error code in the body for a bad sign or
payload), records what it received, and can fail the first N requests with HTTP 500. The schema
checks follow the fields the platforms document for these message types.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

MAX_CLOCK_SKEW_S = 3600  # both Feishu and DingTalk reject timestamps older than an hour


class SchemaError(ValueError):
    pass


def need(cond: bool, what: str) -> None:
    if not cond:
        raise SchemaError(what)


def _text(obj: Any, tags: tuple[str, ...], where: str) -> None:
    need(isinstance(obj, dict) and obj.get("tag") in tags, f"{where}.tag must be one of {tags}")
    need(isinstance(obj.get("content"), str) and obj["content"] != "", f"{where}.content must be a non-empty string")


def check_feishu_card(body: dict[str, Any]) -> None:
    need(body.get("msg_type") == "interactive", "msg_type must be interactive")
    card = body.get("card")
    need(isinstance(card, dict), "card must be an object")
    header = card.get("header", {})
    _text(header.get("title"), ("plain_text", "lark_md"), "card.header.title")
    need(header.get("template", "blue") in ("blue", "wathet", "turquoise", "green", "yellow", "orange", "red",
                                            "carmine", "violet", "purple", "indigo", "grey"), "card.header.template")
    elements = card.get("elements")
    need(isinstance(elements, list) and elements, "card.elements must be a non-empty list")
    for i, el in enumerate(elements):
        tag = el.get("tag")
        need(tag in ("div", "hr", "action", "note", "markdown", "img"), f"elements[{i}].tag {tag!r}")
        if tag == "div":
            _text(el.get("text"), ("plain_text", "lark_md"), f"elements[{i}].text")
        if tag == "action":
            need(isinstance(el.get("actions"), list) and el["actions"], f"elements[{i}].actions")
            for b in el["actions"]:
                need(b.get("tag") == "button", "action.tag must be button")
                _text(b.get("text"), ("plain_text", "lark_md"), "button.text")
                need(str(b.get("url", "")).startswith(("http://", "https://")), "button.url must be absolute")
                need(b.get("type", "default") in ("default", "primary", "danger"), "button.type")
        if tag == "note":
            need(isinstance(el.get("elements"), list) and el["elements"], f"elements[{i}].elements")
            for n in el["elements"]:
                _text(n, ("plain_text", "lark_md"), "note element")


def check_dingtalk(body: dict[str, Any]) -> None:
    kind = body.get("msgtype")
    need(kind in ("markdown", "actionCard"), "msgtype must be markdown or actionCard")
    if kind == "markdown":
        md = body.get("markdown", {})
        need(isinstance(md.get("title"), str) and md["title"], "markdown.title")
        need(isinstance(md.get("text"), str) and md["text"], "markdown.text")
    else:
        card = body.get("actionCard", {})
        need(isinstance(card.get("title"), str) and card["title"], "actionCard.title")
        need(isinstance(card.get("text"), str) and card["text"], "actionCard.text")
        has_single = bool(card.get("singleTitle")) and str(card.get("singleURL", "")).startswith("http")
        has_btns = isinstance(card.get("btns"), list) and all(b.get("title") and b.get("actionURL")
                                                               for b in card["btns"])
        need(has_single or has_btns, "actionCard needs singleTitle+singleURL or btns")


def check_wecom(body: dict[str, Any]) -> None:
    kind = body.get("msgtype")
    need(kind in ("markdown", "template_card", "text"), "msgtype")
    if kind == "markdown":
        content = body.get("markdown", {}).get("content")
        need(isinstance(content, str) and content, "markdown.content")
        need(len(content.encode("utf-8")) <= 4096, "markdown.content is over 4096 bytes")
    if kind == "template_card":
        card = body["template_card"]
        need(card.get("card_type") == "text_notice", "card_type")
        need(bool(card.get("main_title", {}).get("title")), "main_title.title")
        action = card.get("card_action", {})
        need(action.get("type") in (1, 2) and str(action.get("url", "")).startswith("http"), "card_action")
        for j in card.get("jump_list", []):
            need(j.get("type") in (0, 1, 2) and j.get("title"), "jump_list item")
        need(len(card.get("jump_list", [])) <= 3, "jump_list has at most 3 items")


def check_slack(body: dict[str, Any]) -> None:
    blocks = body.get("blocks")
    need(isinstance(body.get("text"), str), "text fallback")
    need(isinstance(blocks, list) and 0 < len(blocks) <= 50, "blocks: 1..50")
    for i, b in enumerate(blocks):
        t = b.get("type")
        need(t in ("header", "section", "divider", "context", "actions"), f"blocks[{i}].type {t!r}")
        if t == "header":
            need(b["text"]["type"] == "plain_text" and 0 < len(b["text"]["text"]) <= 150, "header text")
        if t == "section":
            need(b["text"]["type"] in ("mrkdwn", "plain_text") and 0 < len(b["text"]["text"]) <= 3000, "section text")
            acc = b.get("accessory")
            if acc:
                need(acc["type"] == "button" and acc["text"]["type"] == "plain_text", "button")
                need(str(acc.get("url", "")).startswith("http"), "button url")
        if t == "context":
            need(0 < len(b["elements"]) <= 10, "context elements: 1..10")


class FakePlatform:
    """One platform's webhook endpoint on 127.0.0.1."""

    def __init__(self, kind: str, *, secret: str | None = None, token: str = "tok-123", fail_first: int = 0,
                 fail_status: int = 500) -> None:
        self.kind, self.secret, self.token = kind, secret, token
        self.fail_first, self.fail_status = fail_first, fail_status
        self.requests: list[dict[str, Any]] = []  # every request, accepted or not
        self.accepted: list[dict[str, Any]] = []
        self._server: ThreadingHTTPServer | None = None

    # -- what each platform does with a request ---------------------------------------------
    def handle(self, path: str, query: dict[str, str], body: dict[str, Any]) -> tuple[int, Any]:
        self.requests.append({"path": path, "query": query, "body": body})
        if self.fail_first > 0:
            self.fail_first -= 1
            return self.fail_status, {"error": "temporarily unavailable"}
        try:
            reply = getattr(self, f"_{self.kind}")(path, query, body)
        except SchemaError as exc:
            return self._bad(str(exc))
        if reply is None:
            self.accepted.append(body)
            return 200, self._ok()
        return reply

    def _ok(self) -> Any:
        return {"feishu": {"code": 0, "msg": "success", "data": {}}, "dingtalk": {"errcode": 0, "errmsg": "ok"},
                "wecom": {"errcode": 0, "errmsg": "ok"}, "slack": "ok"}[self.kind]

    def _bad(self, why: str) -> tuple[int, Any]:
        if self.kind == "slack":
            return 400, "invalid_blocks"
        if self.kind == "feishu":
            return 200, {"code": 9499, "msg": f"Bad Request: {why}"}
        return 200, {"errcode": 40058, "errmsg": f"invalid payload: {why}"}

    def _feishu(self, path: str, query: dict[str, str], body: dict[str, Any]) -> Any:
        if path != f"/open-apis/bot/v2/hook/{self.token}":
            return 404, {"code": 19001, "msg": "param invalid: incoming webhook access token invalid"}
        if self.secret:
            ts = str(body.get("timestamp", ""))
            string_to_sign = f"{ts}\n{self.secret}".encode()
            want = base64.b64encode(hmac.new(string_to_sign, b"", hashlib.sha256).digest()).decode()
            if not ts.isdigit() or abs(time.time() - int(ts)) > MAX_CLOCK_SKEW_S or body.get("sign") != want:
                return 200, {"code": 19021, "msg": "sign match fail or timestamp is not within one hour from current time"}
        check_feishu_card(body)
        return None

    def _dingtalk(self, path: str, query: dict[str, str], body: dict[str, Any]) -> Any:
        if path != "/robot/send" or query.get("access_token") != self.token:
            return 200, {"errcode": 300001, "errmsg": "token is not exist"}
        if self.secret:
            ts = query.get("timestamp", "")
            want = base64.b64encode(hmac.new(self.secret.encode(), f"{ts}\n{self.secret}".encode(),
                                             hashlib.sha256).digest()).decode()
            if not ts.isdigit() or abs(time.time() * 1000 - int(ts)) > MAX_CLOCK_SKEW_S * 1000 or query.get("sign") != want:
                return 200, {"errcode": 310000, "errmsg": "sign not match"}
        check_dingtalk(body)
        return None

    def _wecom(self, path: str, query: dict[str, str], body: dict[str, Any]) -> Any:
        if path != "/cgi-bin/webhook/send" or query.get("key") != self.token:
            return 200, {"errcode": 93000, "errmsg": "invalid webhook url"}
        check_wecom(body)
        return None

    def _slack(self, path: str, query: dict[str, str], body: dict[str, Any]) -> Any:
        if path != f"/services/T000/B000/{self.token}":
            return 404, "no_service"
        check_slack(body)
        return None

    # -- the server ---------------------------------------------------------------------
    def url(self) -> str:
        assert self._server is not None
        base = f"http://127.0.0.1:{self._server.server_address[1]}"
        return {"feishu": f"{base}/open-apis/bot/v2/hook/{self.token}",
                "dingtalk": f"{base}/robot/send?access_token={self.token}",
                "wecom": f"{base}/cgi-bin/webhook/send?key={self.token}",
                "slack": f"{base}/services/T000/B000/{self.token}"}[self.kind]

    def __enter__(self) -> "FakePlatform":
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                parts = urlsplit(self.path)
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    body = json.loads(raw.decode("utf-8"))
                except ValueError:
                    body = {}
                status, reply = fake.handle(parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()}, body)
                out = reply.encode() if isinstance(reply, str) else json.dumps(reply).encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/plain" if isinstance(reply, str) else "application/json")
                self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)

            def log_message(self, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: Any) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()
