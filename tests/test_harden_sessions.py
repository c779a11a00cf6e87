"""Issue 9 §3 and §7: sessions owned by a key digest, server-made ids, a per-owner cap, size caps on
answers and session files, and a session list that never parses the session files."""
from __future__ import annotations

import json
from datetime import date

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from assistant.chat_handler import AgentChatService
from assistant.memory import SessionStore
from assistant.settings import load_settings
from knowledge.gateway import Gateway
from knowledge.semantic.layer import load_semantic_layer
from knowledge.workspace import Workspace
from tests import tinyjourney

K1, K2 = {"Authorization": "Bearer k1"}, {"Authorization": "Bearer k2"}
Q = "how many events are there"


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    root = tmp_path_factory.mktemp("sessws")
    tinyjourney.build(root).close()
    return root


def _client(root, tmp_path, **env):
    settings = load_settings(JOURNEY_MODEL="offline", JOURNEY_API_KEYS="k1,k2", JOURNEY_RATE_LIMIT="0", **env)
    svc = AgentChatService(settings, Workspace(root), Gateway(root / "journey.duckdb", max_cell_chars=settings.max_cell_chars),
                           load_semantic_layer(),
                           SessionStore(tmp_path / "sessions", max_sessions=settings.max_sessions,
                                        max_bytes=settings.session_max_bytes))
    return TestClient(create_app(service=svc, settings=settings)), svc


def _ask(c, headers, session_id=None, message=Q):
    body = {"message": message}
    if session_id:
        body["session_id"] = session_id
    r = c.post("/api/chat", json=body, headers=headers)
    assert r.status_code == 200, r.text
    return r.json()


def test_another_key_can_neither_see_nor_touch_a_session(root, tmp_path):
    c, _ = _client(root, tmp_path)
    sid = _ask(c, K1)["session_id"]
    assert [s["session_id"] for s in c.get("/api/sessions", headers=K1).json()["sessions"]] == [sid]
    assert c.get("/api/sessions", headers=K2).json()["sessions"] == []
    for r in (c.get(f"/api/sessions/{sid}", headers=K2),
              c.post("/api/feedback", json={"vote": "down", "session_id": sid, "turn": 0}, headers=K2),
              c.delete(f"/api/sessions/{sid}", headers=K2)):
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    # appending to k1's id from k2 starts k2's own session; k1's keeps one turn
    other = _ask(c, K2, session_id=sid)["session_id"]
    assert other != sid
    assert len(c.get(f"/api/sessions/{sid}", headers=K1).json()["turns"]) == 1
    assert c.post("/api/feedback", json={"vote": "up", "session_id": sid, "turn": 0}, headers=K1).status_code == 200
    assert c.delete(f"/api/sessions/{sid}", headers=K1).status_code == 200


def test_client_chosen_ids_are_not_adopted(root, tmp_path):
    c, _ = _client(root, tmp_path)
    got = _ask(c, K1, session_id="my-own-id")["session_id"]
    assert got != "my-own-id" and c.get("/api/sessions/my-own-id", headers=K1).status_code == 404
    assert _ask(c, K1, session_id=got)["session_id"] == got  # continuing an own session works


def test_the_session_cap_is_per_owner(root, tmp_path):
    c, _ = _client(root, tmp_path, JOURNEY_MAX_SESSIONS="2")
    mine = {_ask(c, K1)["session_id"] for _ in range(2)}
    for _ in range(5):
        _ask(c, K2)
    assert {s["session_id"] for s in c.get("/api/sessions", headers=K1).json()["sessions"]} == mine
    assert len(c.get("/api/sessions", headers=K2).json()["sessions"]) == 2


def test_listing_reads_summaries_not_session_files(root, tmp_path):
    c, svc = _client(root, tmp_path)
    sid = _ask(c, K1)["session_id"]
    # make the session file unreadable as JSON: the list still shows it from its summary
    (tmp_path / "sessions" / f"{sid}.json").write_text("{" + "x" * 100_000, encoding="utf-8")
    listed = c.get("/api/sessions", headers=K1).json()["sessions"]
    assert [(s["session_id"], s["turns"], s["title"]) for s in listed] == [(sid, 1, Q)]


def test_answer_cells_rows_and_session_files_are_capped(root, tmp_path):
    c, _ = _client(root, tmp_path, JOURNEY_MAX_CELL_CHARS="100", JOURNEY_SESSION_MAX_BYTES="20000")
    ans = _ask(c, K1, message="select repeat('a', 1000000) as x from events")
    assert ans["status"] == "ok" and ans["tables"]
    assert all(len(r[0]) <= 101 for r in ans["tables"][0]["rows"])
    sid = ans["session_id"]
    for _ in range(6):
        _ask(c, K1, session_id=sid, message="select repeat('b', 1000000) as y from events")
    path = tmp_path / "sessions" / f"{sid}.json"
    assert path.stat().st_size <= 20_000
    assert json.loads(path.read_text(encoding="utf-8"))["turns"]  # the newest turns were kept


def test_store_caps_one_huge_turn(tmp_path):
    store = SessionStore(tmp_path, max_bytes=10_000)
    store.append("s", "q", {"answer": "x" * 50_000, "tables": [{"rows": [["y" * 50_000]]}]}, {"big": "z" * 50_000})
    assert (tmp_path / "s.json").stat().st_size <= 10_000
    assert store.get("s").turns[0]["answer"]["truncated"] is True


def test_owners_in_the_store(tmp_path):
    store = SessionStore(tmp_path)
    store.append("a", "q", {}, None, owner="key:1")
    assert store.find("a", "key:2") is None and store.find("a", "key:1") is not None
    assert [s.session_id for s in store.list("key:1")] == ["a"] and store.list("key:2") == []
    with pytest.raises(Exception):
        store.append("a", "q2", {}, None, owner="key:2")
    assert len(store.get("a").turns) == 1
