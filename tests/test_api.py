"""Routes, SSE format, sessions, feedback and charts against a fake ChatService."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.config import ApiConfig
from tests.api_fakes import FakeChatService


@pytest.fixture()
def service() -> FakeChatService:
    return FakeChatService()


@pytest.fixture()
def client(service: FakeChatService) -> TestClient:
    return TestClient(create_app(service, ApiConfig()))


def parse_sse(text: str) -> list[tuple[str, dict]]:
    """(event, data) pairs from an SSE body; comment lines skipped."""
    events = []
    for frame in text.split("\n\n"):
        lines = [ln for ln in frame.split("\n") if ln and not ln.startswith(":")]
        if not lines:
            continue
        fields = dict(ln.split(": ", 1) for ln in lines)
        events.append((fields["event"], json.loads(fields["data"])))
    return events


def test_chat_returns_answer_json_with_session(client: TestClient) -> None:
    r = client.post("/api/chat", json={"message": "哪个触点流失用户最多?"})
    assert r.status_code == 200
    body = r.json()
    assert body["language"] == "zh" and body["status"] == "ok"
    assert body["tables"][0]["rows"][0][:3] == ["tp_sms", "短信验证", 4120]
    assert body["session_id"]
    assert body["chart"]["mark"] == "bar"
    for key in ("question", "answer", "assumptions", "sql", "citations", "tool_calls", "follow_ups"):
        assert key in body


def test_chat_follow_up_keeps_session(client: TestClient, service: FakeChatService) -> None:
    first = client.post("/api/chat", json={"message": "Which touchpoint loses most users?"}).json()
    second = client.post("/api/chat", json={"message": "and why?", "session_id": first["session_id"]}).json()
    assert second["session_id"] == first["session_id"]
    assert "(turn 2)" in second["answer"]
    assert len(service.sessions[first["session_id"]]["turns"]) == 2


def test_chat_lang_forces_answer_language(client: TestClient) -> None:
    body = client.post("/api/chat", json={"message": "哪个触点流失用户最多?", "lang": "en"}).json()
    assert body["language"] == "en"
    assert body["tables"][0]["rows"][0][1] == "SMS verification"


def test_stream_sends_progress_then_answer(client: TestClient, service: FakeChatService) -> None:
    with client.stream("POST", "/api/chat/stream", json={"message": "哪个触点流失用户最多?"}) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        text = r.read().decode()
    events = parse_sse(text)
    assert [e for e, _ in events] == ["progress", "progress", "answer"]
    assert events[0][1] == {"step": "tool_call", "tool": "funnel_dropoff", "message": "step 1/2"}
    assert events[-1][1]["tables"][0]["rows"][0][0] == "tp_sms"
    assert events[-1][1]["session_id"] in service.sessions
    # each frame is `event: X\ndata: <one line of JSON>\n\n`
    assert text.startswith("event: progress\ndata: {")
    assert service.streams_closed == 1


def test_stream_error_is_an_error_event_without_trace(client: TestClient) -> None:
    with client.stream("POST", "/api/chat/stream", json={"message": "boom"}) as r:
        text = r.read().decode()
    events = parse_sse(text)
    assert events[-1][0] == "error"
    assert events[-1][1] == {"ok": False, "error": {"code": "internal_error",
                                                    "message": "the server failed while handling the request",
                                                    "hint": "try again; if it keeps failing, check the server log"}}
    assert "passwd" not in text and "Traceback" not in text


def test_stream_journey_error_keeps_code_and_hint(client: TestClient) -> None:
    with client.stream("POST", "/api/chat/stream", json={"message": "unsupported weather"}) as r:
        events = parse_sse(r.read().decode())
    assert events[-1][0] == "error"
    assert events[-1][1]["error"]["code"] == "unsupported_question"
    assert events[-1][1]["error"]["hint"].startswith("ask about")


def test_sessions_list_history_delete(client: TestClient) -> None:
    sid = client.post("/api/chat", json={"message": "first question"}).json()["session_id"]
    client.post("/api/chat", json={"message": "second", "session_id": sid})
    listed = client.get("/api/sessions").json()["sessions"]
    assert [(s["session_id"], s["turns"], s["title"]) for s in listed] == [(sid, 2, "first question")]
    history = client.get(f"/api/sessions/{sid}").json()
    assert history["session_id"] == sid
    assert [t["question"] for t in history["turns"]] == ["first question", "second"]
    assert client.delete(f"/api/sessions/{sid}").json() == {"ok": True}
    gone = client.get(f"/api/sessions/{sid}")
    assert gone.status_code == 404 and gone.json()["error"]["code"] == "not_found"
    assert client.delete(f"/api/sessions/{sid}").status_code == 404


def test_feedback_reaches_record_vote(client: TestClient, service: FakeChatService) -> None:
    r = client.post("/api/feedback", json={"vote": "down", "session_id": "s1", "turn": 0,
                                           "comment": "数字不对", "question": "哪个触点流失用户最多?"})
    assert r.json() == {"ok": True}
    assert service.votes == [{"session_id": "s1", "turn": 0, "vote": "down", "comment": "数字不对",
                              "question": "哪个触点流失用户最多?"}]
    bad = client.post("/api/feedback", json={"vote": "sideways"})
    assert bad.status_code == 422 and bad.json()["error"]["details"][0]["field"] == "vote"


def test_metrics_and_health(client: TestClient) -> None:
    assert client.get("/api/metrics").json()["metrics"][0]["id"] == "drop_off_rate"
    health = client.get("/api/health").json()
    assert health["ok"] is True and health["database"] == "ok" and health["active_streams"] == 0


def test_page_docs_and_static_assets(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "/static/app.js" in page.text
    for asset in ("/static/app.js", "/static/client.js", "/static/render.js", "/static/style.css",
                  "/static/lang/zh.js", "/static/lang/en.js"):
        assert client.get(asset).status_code == 200, asset
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/docs-assets/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/chat", "/api/chat/stream", "/api/sessions", "/api/sessions/{session_id}",
                 "/api/feedback", "/api/metrics", "/api/health", "/api/chart/svg"):
        assert path in paths, path


def test_page_makes_no_external_requests(client: TestClient) -> None:
    """Every src/href in the page and its scripts points at this server."""
    import re

    texts = [client.get(p).text for p in ("/", "/static/app.js", "/static/client.js", "/static/render.js", "/static/style.css")]
    for text in texts:
        for url in re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)""", text):
            assert url.startswith(("/", "#", "data:", "blob:")), url
        assert "http://" not in text.replace("http://www.w3.org", "") and "https://" not in text


def test_chart_svg_renders_offline(client: TestClient) -> None:
    spec = client.post("/api/chat", json={"message": "哪个触点流失用户最多?"}).json()["chart"]
    r = client.post("/api/chart/svg", json={"spec": spec, "width": 320, "lang": "zh"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
    assert r.text.startswith("<svg") and "短信验证" in r.text


def test_chart_with_external_data_is_refused(client: TestClient) -> None:
    spec = {"data": {"url": "http://example.com/x.json"}, "mark": "bar",
            "encoding": {"x": {"field": "a", "type": "nominal"}}}
    r = client.post("/api/chart/svg", json={"spec": spec})
    assert r.status_code == 422 and r.json()["error"]["code"] == "chart_error"


def test_stream_worker_stops_at_next_step_when_cancelled() -> None:
    import threading

    from api.streaming import _DONE, StreamTracker, _pump

    service = FakeChatService(steps=10)
    cancel, tracker, got = threading.Event(), StreamTracker(), []

    def emit(item) -> None:
        got.append(item)
        cancel.set()  # the client leaves right after the first event

    tracker.started()
    _pump(lambda: service.stream("q"), emit, cancel, tracker)
    # step 1 is sent; step 2 was already running when the flag was seen; nothing after
    assert [getattr(x, "type", x) for x in got] == ["progress", _DONE]
    assert service.steps_run == 2 and service.streams_closed == 1
    assert (tracker.active, tracker.cancelled) == (0, 1)
