"""The API over the real chat service on a small demo workspace, and serving through an ingest."""
from __future__ import annotations

import threading
import time

import httpx
import pytest

from api.app import create_app
from api.config import ApiConfig
from tests.api_demo import demo_workspace
from tests.api_server import ServerThread

pytestmark = pytest.mark.heavy


@pytest.fixture(scope="module")
def live(tmp_path_factory, monkeypatch_module):
    ws, data = demo_workspace(tmp_path_factory)
    monkeypatch_module.setenv("JOURNEY_WORKSPACE", str(ws.root))
    monkeypatch_module.setenv("JOURNEY_MODEL", "offline")
    # these tests keep asking while an ingest runs: the per-client rate limit (tested in test_harden_http)
    # would answer 429 once the loop outruns 60/minute
    monkeypatch_module.setenv("JOURNEY_RATE_LIMIT", "100000/minute")
    from assistant.settings import load_settings

    settings = load_settings()
    app = create_app(None, settings)  # the real service, built by the factory
    with ServerThread(app) as url:
        yield url, ws, data
    app.state.service.close()


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def test_real_service_answers_zh_question_with_table_and_chart(live) -> None:
    url, _, _ = live
    with httpx.Client(base_url=url, timeout=60) as c:
        body = c.post("/api/chat", json={"message": "哪个触点流失用户最多?"}).json()
        assert body["status"] == "ok" and body["language"] == "zh"
        table = body["tables"][0]
        assert "touchpoint_id" in table["columns"] and table["rows"]
        svg = c.post("/api/chart/svg", json={"spec": body["chart"], "width": 500, "lang": "zh"})
        assert svg.status_code == 200 and svg.text.startswith("<svg")
        assert c.get(f"/api/sessions/{body['session_id']}").json()["turns"][0]["question"] == "哪个触点流失用户最多?"


def test_server_keeps_answering_while_an_ingest_runs(live) -> None:
    from knowledge.pipeline import load_dataset

    url, ws, data = live
    inode_before = ws.db_path.stat().st_ino
    failures: list[BaseException] = []

    def ingest() -> None:
        try:
            load_dataset(ws, data, progress=False, index=False)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            failures.append(exc)

    loader = threading.Thread(target=ingest)
    codes: list[int] = []
    answers: list[str] = []
    with httpx.Client(base_url=url, timeout=60) as c:
        loader.start()
        t0 = time.monotonic()
        while loader.is_alive() and time.monotonic() - t0 < 300:
            r = c.post("/api/chat", json={"message": "Which touchpoint loses the most users?"})
            codes.append(r.status_code)
            answers.append(r.json().get("status", "?"))
            time.sleep(0.05)  # a user, not a load test (bench/bench_load.py is that)
        loader.join()
        during = len(codes)
        after = c.post("/api/chat", json={"message": "Which touchpoint loses the most users?"})
        health = c.get("/api/health").json()
    assert not failures, failures
    assert ws.db_path.stat().st_ino != inode_before, "the ingest swapped the database file"
    assert during >= 2, "the ingest ended before the server was asked anything"
    assert codes == [200] * during and set(answers) == {"ok"}
    assert after.status_code == 200 and after.json()["status"] == "ok"
    assert health["database"] and health["active_streams"] == 0
