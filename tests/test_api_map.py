"""GET /api/map and the /map page over the real chat service on tiny workspaces (full, events-only, feedback-only)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.config import ApiConfig
from assistant.chat_handler import build_chat_service
from assistant.settings import load_settings
from tinymap import build


def _client(root, **kw) -> TestClient:
    build(root, **kw).close()
    service = build_chat_service(load_settings(model="offline"), workspace=str(root))
    return TestClient(create_app(service, ApiConfig()))


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    c = _client(tmp_path_factory.mktemp("apimap"))
    yield c
    c.app.state.service.close()


def test_map_json_has_cards_by_stage_pickers_and_card_questions(client):
    r = client.get("/api/map", params={"start": "2026-10-01", "end": "2026-10-31", "lang": "zh"})
    assert r.status_code == 200, r.text
    body = r.json()
    m = body["map"]
    assert [c["touchpoint_id"] for c in m["cards"]] == ["home", "product", "cart", "pay", "help"]
    assert body["stage_labels"]["purchase"] == "购买"
    pay = next(c for c in m["cards"] if c["touchpoint_id"] == "pay")
    assert pay["comments"] == 4 and pay["quote"]["feedback_id"] == "f1"
    assert "Payment" in pay["question"] and "2026-10-01" in pay["question"]
    assert {j["id"] for j in body["pickers"]["journeys"]} == {"buy", "help"}
    assert set(body["pickers"]["segment"]) == {"new", "vip"}
    assert body["text"].startswith("全部旅程的旅程地图")
    assert body["tool_call"]["name"] == "journey_map"


def test_map_filters_and_one_journey(client):
    body = client.get("/api/map", params={"journey_id": "buy", "segment": "vip", "start": "2026-10-01",
                                          "end": "2026-10-31"}).json()
    assert [c["touchpoint_id"] for c in body["map"]["cards"]] == ["home", "product", "cart", "pay"]
    assert body["filters"] == {"segment": ["vip"]}


def test_unknown_journey_is_a_json_error_with_a_hint(client):
    r = client.get("/api/map", params={"journey_id": "bye"})
    assert r.status_code == 404
    err = r.json()["error"]
    assert err["code"] == "not_found" and "buy" in err["hint"]


def test_map_page_is_served_offline(client):
    r = client.get("/map")
    assert r.status_code == 200 and "/static/map.js" in r.text and "http" not in r.text.replace("http-equiv", "")
    assert "map-link" in client.get("/").text


@pytest.mark.parametrize("kw,absent", [({"feedback": False}, "feedback"), ({"events": False}, "events")])
def test_map_on_partial_workspaces_says_what_is_missing(tmp_path, kw, absent):
    c = _client(tmp_path, **kw)
    try:
        body = c.get("/api/map", params={"start": "2026-10-01", "end": "2026-10-31", "lang": "en"}).json()
        assert body["facts"]["absent"] == [absent]
        pay = next(x for x in body["map"]["cards"] if x["touchpoint_id"] == "pay")
        if absent == "events":
            assert pay["reach"] is None and pay["comments"] == 4
            assert "No events are loaded" in body["text"]
        else:
            assert pay["reach"] == 3 and pay["comments"] == 0 and body["map"]["emotion"] == []
            assert "No feedback is loaded" in body["text"]
        # the chat answers the map question the same way
        ans = c.post("/api/chat", json={"message": "show me the journey map for October 2026"}).json()
        assert ans["tool_calls"][0]["name"] == "journey_map" and ans["status"] == "ok"
        assert {"touchpoint_id", "stage", "customers_reached", "avg_sentiment"} <= set(ans["tables"][0]["columns"])
    finally:
        c.app.state.service.close()
