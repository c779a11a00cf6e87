"""Boards: pins keep questions and tool calls (not rows), re-run on fresh data, per key, export/import."""
from __future__ import annotations

import json
import os

import duckdb
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.config import ApiConfig
from assistant.boards import MAX_PINS, BoardStore, Pin, make_pin, owner_of
from assistant.chat_handler import build_chat_service
from assistant.settings import load_settings
from knowledge.errors import JourneyError, NotFoundError
from tinymap import build

CALLS = [{"name": "funnel_dropoff", "args": {"start": "2026-10-01", "end": "2026-10-31"}}]


def test_store_adds_lists_removes_per_owner(tmp_path):
    store = BoardStore(tmp_path / "boards")
    a, b = owner_of("key-a"), owner_of("key-b")
    assert a != b and "key-a" not in a and owner_of(None) == "local"
    pin = store.add(a, make_pin({"question": "q1", "lang": "zh", "tool_calls": CALLS}))
    assert [p.pin_id for p in store.load(a).pins] == [pin.pin_id] and store.load(b).pins == []
    assert store.get(a, pin.pin_id).tool_calls[0].name == "funnel_dropoff"
    with pytest.raises(NotFoundError):
        store.get(b, pin.pin_id)
    store.remove(a, pin.pin_id)
    assert store.load(a).pins == []
    with pytest.raises(NotFoundError):
        store.remove(a, pin.pin_id)


def test_only_registry_tools_can_be_pinned_or_imported(tmp_path):
    store = BoardStore(tmp_path)
    with pytest.raises(JourneyError) as err:
        make_pin({"question": "q", "tool_calls": [{"name": "os.system", "args": {}}]})
    assert err.value.code == "bad_pin"
    with pytest.raises(JourneyError) as err:
        store.import_json("local", {"format": "journey-board/1",
                                    "pins": [{"question": "q", "tool_calls": [{"name": "nope", "args": {}}]}]})
    assert err.value.code == "bad_board" and store.load("local").pins == []


def test_import_adds_with_fresh_ids_on_collision_or_replaces(tmp_path):
    store = BoardStore(tmp_path)
    pin = store.add("local", make_pin({"question": "q", "tool_calls": CALLS}))
    exported = json.loads(store.load("local").model_dump_json())
    added = store.import_json("local", exported)
    assert len(added.pins) == 2 and len({p.pin_id for p in added.pins}) == 2
    replaced = store.import_json("local", exported, replace=True)
    assert [p.pin_id for p in replaced.pins] == [pin.pin_id]


def test_a_board_is_capped(tmp_path):
    store = BoardStore(tmp_path)
    store.import_json("local", {"pins": [Pin(question=f"q{i}", tool_calls=CALLS).model_dump() for i in range(MAX_PINS)]})
    with pytest.raises(JourneyError) as err:
        store.add("local", make_pin({"question": "one more", "tool_calls": CALLS}))
    assert err.value.code == "board_full"


@pytest.fixture()
def app_client(tmp_path):
    build(tmp_path).close()
    service = build_chat_service(load_settings(model="offline"), workspace=str(tmp_path))
    client = TestClient(create_app(service, ApiConfig(api_keys=("key-a", "key-b"))))
    yield client, tmp_path
    service.close()


def _h(key):
    return {"Authorization": f"Bearer {key}"}


def test_pin_an_answer_and_reopen_it_on_fresh_data(app_client):
    client, root = app_client
    ans = client.post("/api/chat", json={"message": "Which touchpoint loses the most users in October 2026?"},
                      headers=_h("key-a")).json()
    assert ans["status"] == "ok"
    body = {"question": ans["question"], "lang": ans["language"],
            "tool_calls": [{"name": c["name"], "args": c["args"]} for c in ans["tool_calls"]]}
    pin = client.post("/api/board/pins", json=body, headers=_h("key-a")).json()
    again = client.get(f"/api/board/pins/{pin['pin_id']}/answer", headers=_h("key-a")).json()
    assert again["tables"][0]["rows"] == ans["tables"][0]["rows"] and again["answer"] == ans["answer"]
    # the board file holds the frozen calls, not the rows nor the key
    (board_file,) = (root / "boards").glob("*.json")
    text = board_file.read_text(encoding="utf-8")
    assert "key-a" not in text and '"rows"' not in text and "funnel_dropoff" in text
    # fresh data: a new database file swapped in, as ingestion does; the pin re-runs against it
    fresh = root / "fresh"
    build(fresh).close()
    con = duckdb.connect(str(fresh / "journey.duckdb"))
    con.execute("INSERT INTO events (event_id, customer_id, ts, touchpoint_id, session_id, device, channel) VALUES "
                "('x1', 'c9', TIMESTAMP '2026-10-05 10:00:00', 'home', 'sx', 'ios', 'app')")
    from knowledge.derived import refresh_derived
    refresh_derived(con)
    con.close()
    os.replace(fresh / "journey.duckdb", root / "journey.duckdb")
    later = client.get(f"/api/board/pins/{pin['pin_id']}/answer", headers=_h("key-a")).json()
    home = [r for r in later["tables"][0]["rows"] if r[3] == "home" and r[0] == "buy"]
    before = [r for r in ans["tables"][0]["rows"] if r[3] == "home" and r[0] == "buy"]
    assert home[0][6] == before[0][6] + 1  # one more customer reached the home step


def test_boards_are_per_key_and_travel_by_export_and_import(app_client):
    client, _ = app_client
    pin = client.post("/api/board/pins", json={"question": "q", "tool_calls": CALLS}, headers=_h("key-a")).json()
    assert client.get("/api/board", headers=_h("key-b")).json()["pins"] == []
    assert client.get("/api/board").status_code == 401
    exported = client.get("/api/board/export", headers=_h("key-a"))
    assert exported.headers["content-disposition"].startswith("attachment")
    imported = client.post("/api/board/import", json={"board": exported.json()}, headers=_h("key-b")).json()
    assert [p["question"] for p in imported["pins"]] == ["q"]
    assert client.delete(f"/api/board/pins/{pin['pin_id']}", headers=_h("key-a")).json() == {"ok": True}
    assert client.get("/api/board", headers=_h("key-a")).json()["pins"] == []
    assert len(client.get("/api/board", headers=_h("key-b")).json()["pins"]) == 1


def test_bad_pins_get_the_json_error_envelope(app_client):
    client, _ = app_client
    r = client.post("/api/board/pins", json={"question": "q", "tool_calls": [{"name": "nope"}]}, headers=_h("key-a"))
    assert r.status_code == 400 and r.json()["error"]["code"] == "bad_pin"
    r = client.get("/api/board/pins/nothere/answer", headers=_h("key-a"))
    assert r.status_code == 404 and r.json()["ok"] is False
    r = client.post("/api/board/import", json={"board": {"pins": "x"}}, headers=_h("key-a"))
    assert r.status_code == 400 and r.json()["error"]["code"] == "bad_board"


def test_board_page_is_served(app_client):
    client, _ = app_client
    page = client.get("/board")
    assert page.status_code == 200 and "/static/board.js" in page.text
