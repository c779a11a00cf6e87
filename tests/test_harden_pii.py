"""Issue 9 §5: PII redaction on every string that leaves the process, by value, with the patterns
(CN mobiles incl. full-width digits and separators, 18/15-digit IDs, IDN e-mails, Luhn cards)."""
from __future__ import annotations

import json
import logging
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import duckdb
import pytest

from assistant.chat_handler import AgentChatService
from assistant.memory import SessionStore
from assistant.outbound import OutboundLimits, redact_json_body, sanitize_answer
from assistant.settings import load_settings
from knowledge.feedback.pii import redact_pii, redact_value
from knowledge.gateway import Gateway
from knowledge.semantic.layer import load_semantic_layer
from knowledge.workspace import Workspace
from tests import tinyjourney

AS_OF = date(2026, 10, 31)
PII = {  # text in a comment -> the placeholder it must become
    "13812345678": "[PHONE]",
    "１３９１２３４５６７８": "[PHONE]",
    "138－1234－5678": "[PHONE]",
    "１５８　１２３４　５６７８": "[PHONE]",
    "11010519491231002X": "[ID]",
    "110105491231002": "[ID]",
    "li.na@example.com": "[EMAIL]",
    "用户@例子.中国": "[EMAIL]",
    "hans@bücher.de": "[EMAIL]",
    "4111 1111 1111 1111": "[CARD]",
    "６０１１０００９９０１３９４２４": "[CARD]",
}
COMMENTS = [f"pay failed, call {p} please" for p in PII]


@pytest.mark.parametrize("raw,placeholder", list(PII.items()))
def test_patterns_catch_full_width_15_digit_ids_idn_and_cards(raw, placeholder):
    assert redact_pii(f"x {raw} y") == f"x {placeholder} y"


@pytest.mark.parametrize("text", [
    "order 202611230001234 paid",         # 15 digits, month 00: not an ID
    "ts 1732960000000 ms",               # 13-digit epoch milliseconds, not a card
    "order 4111111111111112 was late",    # fails Luhn
    "１２３４５ 件, 2026-10-03 21:14:05",
    "room 1301, version 1.2.3, 12345678901",
    "an@sign without domain, and foo@bar",
])
def test_patterns_leave_ordinary_numbers_alone(text):
    assert redact_pii(text) == text


def test_integers_that_are_pii_are_redacted_but_counts_are_not():
    assert redact_value(13812345678) == "[PHONE]" and redact_value(4111111111111111) == "[CARD]"
    assert redact_value(12_345) == 12_345 and redact_value(20261003) == 20261003 and redact_value(True) is True


def test_answers_are_redacted_by_value_whatever_the_column_is_called():
    answer = {"answer": "call 13812345678", "question": "q", "tables": [
        {"title": "t", "columns": ["t", "upper(text)", "n"], "rows": [["13812345678", "LI.NA@EXAMPLE.COM", 13912345678]]}],
        "citations": [{"feedback_id": "f1", "text": "卡号 4111111111111111"}], "follow_ups": ["mail 用户@例子.中国?"],
        "chart": {"data": {"values": [{"x": "１３８１２３４５６７８"}]}}}
    out = json.dumps(sanitize_answer(answer, redact_value, OutboundLimits()), ensure_ascii=False)
    for raw in ("13812345678", "LI.NA@EXAMPLE.COM", "13912345678", "4111111111111111", "用户@例子.中国", "１３８１２３４５６７８"):
        assert raw not in out


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    root = tmp_path_factory.mktemp("piiws")
    tinyjourney.build(root).close()
    con = duckdb.connect(str(root / "journey.duckdb"))
    for i, text in enumerate(COMMENTS):
        con.execute("INSERT INTO feedback (feedback_id, text, ts, touchpoint_id, customer_id) VALUES (?, ?, ?, ?, ?)",
                    [f"f{i}", text, "2026-10-05 10:00:00", "pay", "c1"])
    con.close()
    return root


def _service(root, tmp_path, **env):
    settings = load_settings(JOURNEY_MODEL=env.pop("JOURNEY_MODEL", "offline"), **env)
    gw = Gateway(root / "journey.duckdb")
    return AgentChatService(settings, Workspace(root), gw, load_semantic_layer(),
                            SessionStore(tmp_path / "sessions"))


def _assert_clean(text: str) -> None:
    for raw in PII:
        assert raw not in text, raw


def test_no_pii_in_answers_sessions_or_logs_through_aliases_and_functions(root, tmp_path, caplog):
    svc = _service(root, tmp_path)
    caplog.set_level(logging.INFO)
    for sql in ("select text as t from feedback", "select upper(text) as u, lower(text) as l from feedback",
                "select text || '' as x, replace(text, 'pay', 'p') as y from feedback"):
        ans = svc.answer(sql, as_of=AS_OF)
        assert ans.status == "ok" and ans.tables and len(ans.tables[0].rows) == len(COMMENTS)
        _assert_clean(ans.model_dump_json())
    for f in (tmp_path / "sessions").iterdir():
        _assert_clean(f.read_text(encoding="utf-8"))
    _assert_clean(caplog.text)
    svc.close()


def test_llm_request_bodies_are_redacted():
    body = json.dumps({"messages": [{"role": "tool", "content": "rows: 13812345678 | 用户@例子.中国"},
                                    {"role": "assistant", "tool_calls": [{"function": {"arguments":
                                        json.dumps({"q": "４１１１１１１１１１１１１１１１"})}}]}]}).encode()
    out = redact_json_body(body, redact_value).decode()
    assert "13812345678" not in out and "用户@例子.中国" not in out and "[PHONE]" in out
    assert "４１１１１１１１１１１１１１１１" not in json.loads(json.loads(out)["messages"][1]["tool_calls"][0]["function"]["arguments"]).values()
    assert redact_json_body(b"not json", redact_value) == b"not json"


class _FakeOpenAI(BaseHTTPRequestHandler):
    """An OpenAI-compatible /chat/completions: first a run_sql tool call, then a final answer."""

    bodies: list[str] = []

    def log_message(self, *args):  # quiet
        pass

    def do_POST(self):  # noqa: N802 - http.server's name
        raw = self.rfile.read(int(self.headers.get("content-length", 0))).decode("utf-8")
        type(self).bodies.append(raw)
        messages = json.loads(raw)["messages"]
        if any(m.get("role") == "tool" for m in messages):
            message = {"role": "assistant", "content": "The comments mention payment failures."}
            finish = "stop"
        else:
            message = {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_1", "type": "function",
                "function": {"name": "run_sql", "arguments": json.dumps(
                    {"sql": "select text as t, upper(text) as u from feedback"})}}]}
            finish = "tool_calls"
        out = json.dumps({"id": "x", "object": "chat.completion", "created": 0, "model": "fake",
                          "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                          "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)


@pytest.mark.heavy
def test_no_pii_reaches_an_openai_compatible_server(root, tmp_path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeOpenAI)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _FakeOpenAI.bodies = []
    try:
        svc = _service(root, tmp_path, JOURNEY_MODEL="openai", OPENAI_API_KEY="sk-test",
                       OPENAI_BASE_URL=f"http://127.0.0.1:{server.server_port}/v1")
        ans = svc.answer("what do the comments at payment say? my number is 13812345678", as_of=AS_OF)
        svc.close()
    finally:
        server.shutdown()
    assert len(_FakeOpenAI.bodies) >= 2, "the model was called for the tool call and the answer"
    assert any("[PHONE]" in b for b in _FakeOpenAI.bodies)  # the tool rows did reach the model, redacted
    for body in _FakeOpenAI.bodies:
        _assert_clean(body)
        _assert_clean(json.dumps(json.loads(body), ensure_ascii=False))  # \u escapes decoded
    _assert_clean(ans.model_dump_json())


@pytest.mark.parametrize("text", ["相对变化 +1352300.0%", "change +18000000.0%", "+1352300,5 %"])
def test_large_signed_percentages_are_not_phone_numbers(text):
    from knowledge.feedback.pii import redact_pii
    assert redact_pii(text) == text


@pytest.mark.parametrize("sid", ["7987a13812345678", "4111111111111111", "a11010519491231002"[:16]])
def test_ids_the_process_writes_are_not_redacted(sid):
    """A random session id can look like a phone or card number; redacting it loses the conversation."""
    answer = {"answer": "call 13812345678", "question": "q", "session_id": sid, "status": "ok", "language": "en",
              "period": {"start": "2026-10-01", "end": "2026-10-31"}, "model": "offline", "elapsed_ms": 12.0}
    out = sanitize_answer(answer, redact_value, OutboundLimits())
    assert out["session_id"] == sid and out["period"] == answer["period"] and "13812345678" not in out["answer"]


def test_a_follow_up_keeps_its_context_when_the_session_id_looks_like_pii(root, tmp_path, monkeypatch):
    monkeypatch.setattr(SessionStore, "new_id", staticmethod(lambda: "7987a13812345678"))
    svc = _service(root, tmp_path)
    first = svc.answer("how many orders in October 2026?", as_of=AS_OF)
    assert first.session_id == "7987a13812345678"
    assert len(svc.store.get(first.session_id).turns) == 1
    svc.answer("and on iOS?", session_id=first.session_id, as_of=AS_OF)
    assert len(svc.store.get(first.session_id).turns) == 2
    svc.close()
