"""MCP over streamable HTTP at /mcp: behind the API keys, and a real SDK client against uvicorn."""
from __future__ import annotations

import anyio
import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.config import ApiConfig
from tests.api_demo import demo_workspace
from tests.api_fakes import FakeChatService
from tests.api_server import ServerThread
from tests.test_mcp import _session_calls, check_calls

INIT = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}}
HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


def test_mcp_needs_a_key_when_keys_are_set():
    with TestClient(create_app(FakeChatService(), ApiConfig(api_keys=("k1",)))) as c:
        for headers in (HEADERS, {**HEADERS, "Authorization": "Bearer wrong"}):
            r = c.post("/mcp", json=INIT, headers=headers)
            assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
        assert c.get("/mcp/anything").status_code == 401


def test_mcp_refuses_a_foreign_host_header():
    # DNS rebinding: a page on another site must not reach a loopback server through the browser
    with TestClient(create_app(FakeChatService(), ApiConfig()), base_url="http://evil.example") as c:
        r = c.post("/mcp", json=INIT, headers=HEADERS)
        assert r.status_code in (403, 421)


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    ws, _ = demo_workspace(tmp_path_factory)
    mp = pytest.MonkeyPatch()
    mp.setenv("JOURNEY_WORKSPACE", str(ws.root))
    mp.setenv("JOURNEY_MODEL", "offline")
    mp.setenv("JOURNEY_API_KEYS", "key-one,key-two")
    mp.setenv("JOURNEY_RATE_LIMIT", "0")
    mp.setenv("JOURNEY_SCHEDULES", "false")
    from assistant.settings import load_settings

    app = create_app(None, load_settings())
    with ServerThread(app) as url:
        yield url
    app.state.service.close()
    mp.undo()


def _client(url: str, key: str | None, statuses: list[int] | None = None):
    import httpx2
    from mcp.client.streamable_http import streamable_http_client

    async def seen(response) -> None:
        if statuses is not None:
            statuses.append(response.status_code)

    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return streamable_http_client(url + "/mcp", http_client=httpx2.AsyncClient(
        headers=headers, timeout=120, event_hooks={"response": [seen]}))


@pytest.mark.heavy
def test_http_with_a_key_lists_and_calls_tools(live):
    async def main() -> dict:
        async with _client(live, "key-two") as (read, write):
            return await _session_calls(read, write)

    out = anyio.run(main)
    check_calls(out)
    # `ask` over HTTP keeps its session under the caller's key, like /api/chat
    sid = out["ask"].structured_content["session_id"]
    mine = httpx.get(live + "/api/sessions", headers={"Authorization": "Bearer key-two"}).json()["sessions"]
    theirs = httpx.get(live + "/api/sessions", headers={"Authorization": "Bearer key-one"}).json()["sessions"]
    assert sid in {s["session_id"] for s in mine} and sid not in {s["session_id"] for s in theirs}


@pytest.mark.heavy
def test_http_without_a_key_is_refused(live):
    from mcp.shared.exceptions import MCPError

    statuses: list[int] = []

    async def main() -> None:
        async with _client(live, None, statuses) as (read, write):
            await _session_calls(read, write)

    with pytest.raises(BaseException) as err:
        anyio.run(main)
    assert err.group_contains(MCPError) if isinstance(err.value, BaseExceptionGroup) else isinstance(err.value, MCPError)
    assert statuses and set(statuses) == {401}
    raw = httpx.post(live + "/mcp", json=INIT, headers=HEADERS)
    assert raw.status_code == 401 and raw.json() == {"ok": False, "error": raw.json()["error"]}
