"""`journey ask`, `journey chat` and `journey eval`: exit codes, JSON, rendering, benchmark semantics."""
from __future__ import annotations

import io
import json
from datetime import date

import pytest
from rich.console import Console
from typer.testing import CliRunner

from assistant.answer import Answer, Citation, Table
from assistant.cli import app
from assistant.commands.chat import chat_loop
from assistant.commands.eval import check_expect, load_items, score_benchmark
from assistant.service import ChatService
from knowledge.errors import JourneyError
from tests import tinyjourney

runner = CliRunner()


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    root = tmp_path_factory.mktemp("ws")
    tinyjourney.build(root).close()
    return str(root)


def test_ask_json_ok_exit_0(ws, monkeypatch):
    monkeypatch.setenv("JOURNEY_MODEL", "offline")
    res = runner.invoke(app, ["ask", "Which touchpoint loses the most users last month?", "--json", "--as-of",
                              "2026-11-15", "-w", ws])
    assert res.exit_code == 0, res.output
    body = json.loads(res.stdout)
    assert body["status"] == "ok" and body["language"] == "en"
    assert body["period"] == {"start": "2026-10-01", "end": "2026-10-31"}
    assert body["tool_calls"][0]["name"] == "funnel_dropoff"


def test_ask_without_session_stays_out_of_the_web_conversation_list(tmp_path, monkeypatch):
    monkeypatch.setenv("JOURNEY_MODEL", "offline")
    tinyjourney.build(tmp_path).close()
    from assistant.chat_handler import build_chat_service
    from assistant.settings import load_settings
    one_off = json.loads(runner.invoke(app, ["ask", "Which touchpoint loses the most users?", "--json",
                                             "-w", str(tmp_path)]).stdout)
    assert one_off["session_id"] is None
    kept = json.loads(runner.invoke(app, ["ask", "Which touchpoint loses the most users?", "--json",
                                          "--session", "cli-1", "-w", str(tmp_path)]).stdout)
    assert kept["session_id"] == "cli-1"
    service = build_chat_service(load_settings(), workspace=str(tmp_path))
    try:
        assert [s.session_id for s in service.list_sessions()] == ["cli-1"]
    finally:
        service.close()


def test_ask_text_and_unsupported_exit_1(ws, monkeypatch):
    monkeypatch.setenv("JOURNEY_MODEL", "offline")
    res = runner.invoke(app, ["ask", "tell me a joke", "--json", "-w", ws])
    assert res.exit_code == 1 and json.loads(res.stdout)["status"] == "unsupported"
    text = runner.invoke(app, ["ask", "哪个触点流失用户最多?", "--as-of", "2026-10-31", "-w", ws])
    assert text.exit_code == 0 and "流失" in text.stdout and "offline" in text.stdout


def test_ask_bad_usage_exit_2(ws, tmp_path):
    bad_date = runner.invoke(app, ["ask", "hi", "--as-of", "31/10/2026", "-w", ws])
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.output
    empty_ws = runner.invoke(app, ["ask", "hi", "-w", str(tmp_path / "none")])
    assert empty_ws.exit_code == 2 and "journey demo" in empty_ws.output


class FakeService(ChatService):
    """Answers from a dict question → Answer; remembers the sessions it was asked in."""

    def __init__(self, answers):
        self.answers, self.calls = answers, []

    def answer(self, message, *, session_id=None, lang=None, as_of=None):
        self.calls.append((message, session_id, as_of))
        a = self.answers[message].model_copy()
        a.session_id = session_id or f"s{len(self.calls)}"
        return a

    def stream(self, *a, **k):
        raise NotImplementedError

    def list_sessions(self):
        return []

    def session_history(self, session_id):
        return []

    def delete_session(self, session_id):
        return None

    def record_vote(self, **kw):
        return None

    def metrics_catalogue(self):
        return []

    def health(self):
        return {"ok": True}


def _answer(q, lang="en", status="ok", rows=None, cites=()):
    tables = [Table(title="t", columns=["touchpoint_id", "users_lost", "rate"], rows=rows)] if rows else []
    return Answer(question=q, language=lang, answer="…", status=status, tables=tables,
                  citations=[Citation(feedback_id=c, text="x") for c in cites])


def test_expectations_follow_the_benchmark_semantics():
    a = _answer("q", rows=[["tp_sms", 4120, 0.4123], ["tp_pay", 10, 0.1]], cites=["f1", "f2", "f9"])
    assert check_expect(a, {"status": "ok", "top_entity": "tp_sms"}) == []
    assert check_expect(a, {"top_entity": "tp_pay"})  # second row does not count
    assert check_expect(a, {"value": 0.412, "tolerance": 0.001}) == []
    assert check_expect(a, {"value": 0.41, "tolerance": 0.001})
    assert check_expect(a, {"value": 10, "tolerance": 0}) == []  # anywhere in the first table
    assert check_expect(a, {"citations_from": ["f1", "f2"]}) == []  # 2 of 3 is at least half
    assert check_expect(a, {"citations_from": ["f1"]})
    assert check_expect(_answer("q"), {"citations_from": ["f1"]})  # no citations at all fails
    assert check_expect(a, {"status": "clarify"}) == ["status ok != clarify"]


def test_score_per_language_and_intent_with_follow_ups():
    svc = FakeService({"哪个触点流失最多": _answer("x", "zh", rows=[["tp_sms", 1, 0.5]]),
                       "and on Android?": _answer("y", rows=[["tp_pay", 2, 0.5]]),
                       "drop-off?": _answer("z", rows=[["tp_pay", 3, 0.2]]),
                       "joke": _answer("j", status="unsupported")})
    items = [{"id": "a", "question": "哪个触点流失最多", "lang": "zh", "intent": "dropoff", "expect": {"top_entity": "tp_sms"}},
             {"id": "b", "question": "drop-off?", "lang": "en", "intent": "dropoff", "expect": {"top_entity": "tp_sms"}},
             {"id": "c", "question": "and on Android?", "lang": "en", "intent": "dropoff", "follow_up_of": "b",
              "as_of": "2026-11-15", "expect": {"top_entity": "tp_pay", "value": 2}},
             {"id": "d", "question": "joke", "lang": "en", "intent": "unsupported", "expect": {"status": "unsupported"}}]
    report = score_benchmark(items, svc)
    assert [i.passed for i in report.items] == [True, False, True, True]
    assert report.by("lang") == {"en": (2, 3, 2 / 3), "zh": (1, 1, 1.0)}
    assert report.by("intent")["dropoff"] == (2, 3, 2 / 3)
    # the follow-up re-asks its parent in a fresh session, then itself in the same session
    assert svc.calls[2][0] == "drop-off?" and svc.calls[3] == ("and on Android?", "s3", date(2026, 11, 15))
    assert svc.calls[2][2] is None


def test_eval_command_on_the_tiny_workspace(ws, tmp_path, monkeypatch):
    monkeypatch.setenv("JOURNEY_MODEL", "offline")
    bench = tmp_path / "b.yaml"
    bench.write_text("- id: q1\n  question: Which touchpoint loses the most users last month?\n  lang: en\n"
                     "  intent: dropoff\n  as_of: '2026-11-15'\n  expect: {status: ok}\n"
                     "- id: q2\n  question: tell me a joke\n  lang: en\n  intent: unsupported\n"
                     "  expect: {status: unsupported}\n", encoding="utf-8")
    out = tmp_path / "result.json"
    res = runner.invoke(app, ["eval", str(bench), "-w", ws, "--json", str(out)])
    assert res.exit_code == 0, res.output
    assert "score 100.0%" in res.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["score"] == 1.0 and [i["id"] for i in data["items"]] == ["q1", "q2"]
    assert data["items"][1]["status"] == "unsupported" and data["by_lang"]["en"] == {"passed": 2, "total": 2}
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: x\n  lang: en\n", encoding="utf-8")
    with pytest.raises(JourneyError):
        load_items(bad)


def test_chat_loop_follow_ups_new_and_quit():
    svc = FakeService({"q1": _answer("q1"), "q2": _answer("q2")})
    lines = iter(["q1", "", "q2", "/new", "q1", "/quit", "never"])
    out = io.StringIO()
    assert chat_loop(svc, Console(file=out, width=100), lambda: next(lines), as_of=date(2026, 10, 31)) == 0
    sessions = [c[1] for c in svc.calls]
    assert sessions == [None, "s1", None]
    assert "journey chat" in out.getvalue()
