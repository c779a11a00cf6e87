"""The MCP server: tool specs from the tools' own schemas, and a real SDK client over stdio."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import anyio
import pytest

from assistant.mcp_text import TOOL_ZH
from assistant.mcp_tools import ASK, BRIEF, NOT_EXPOSED, tool_specs
from tests.api_demo import demo_workspace
from tools.registry import TOOL_MODULES

ROOT = Path(__file__).resolve().parents[1]


def test_tool_schemas_are_the_tools_own_pydantic_schemas():
    from tools.feedback_themes import ThemesArgs
    from tools.funnel_dropoff import DropoffArgs

    specs = {s.name: s for s in tool_specs()}
    assert specs["funnel_dropoff"].input_schema() == DropoffArgs.model_json_schema()
    assert specs["feedback_themes"].input_schema() == ThemesArgs.model_json_schema()
    assert set(specs) == (set(TOOL_MODULES) - NOT_EXPOSED) | {ASK, BRIEF}
    assert "run_sql" not in specs


def test_every_exposed_tool_is_described_in_en_and_zh():
    import re

    for spec in tool_specs():
        en, _, zh = spec.description.partition("\n")
        assert en and re.search(r"[a-z]", en), spec.name
        assert re.search(r"[\u4e00-\u9fff]", zh), f"{spec.name} has no Chinese description in assistant/mcp_text.py"
    assert set(TOOL_ZH) >= set(TOOL_MODULES) - NOT_EXPOSED


@pytest.fixture(scope="module")
def demo_ws(tmp_path_factory) -> Path:
    ws, _ = demo_workspace(tmp_path_factory)
    return ws.root


async def _session_calls(read, write) -> dict:
    from mcp import ClientSession

    out: dict = {}
    async with ClientSession(read, write) as s:
        await s.initialize()
        out["tools"] = {t.name: t for t in (await s.list_tools()).tools}
        out["dropoff"] = await s.call_tool("funnel_dropoff", {"journey_id": "register", "top_n": 3})
        out["themes"] = await s.call_tool("feedback_themes", {"sentiment": "negative", "lang": "zh", "top_n": 3})
        out["bad"] = await s.call_tool("funnel_dropoff", {"top_n": "many"})
        out["ask"] = await s.call_tool("ask", {"question": "哪个触点流失用户最多?"})
        out["brief"] = await s.call_tool("brief", {"days": 7, "lang": "zh"})
        out["resources"] = (await s.list_resources()).resources
        out["metric"] = await s.read_resource("journey://metrics/drop_off_rate")
    return out


def check_calls(out: dict) -> None:
    """What every transport must give: typed tools, the chat's answer JSON, the catalogue."""
    from tools.funnel_dropoff import DropoffArgs

    tools = out["tools"]
    assert tools["funnel_dropoff"].input_schema == DropoffArgs.model_json_schema()
    assert tools["funnel_dropoff"].annotations.read_only_hint is True
    drop = out["dropoff"]
    assert not drop.is_error
    body = drop.structured_content
    assert body["status"] == "ok" and body["tool_calls"][0]["name"] == "funnel_dropoff"
    table = body["tables"][0]
    assert "touchpoint_id" in table["columns"] and 0 < len(table["rows"]) <= 3
    assert all(r[table["columns"].index("journey_id")] == "register" for r in table["rows"])
    assert any(a.startswith("period") or "期间" in a for a in body["assumptions"])
    assert json.loads(drop.content[0].text) == body  # the text block is the same JSON
    themes = out["themes"].structured_content
    assert not out["themes"].is_error and themes["status"] == "ok" and themes["language"] == "zh"
    assert themes["tables"][0]["rows"] and "theme" in themes["tables"][0]["columns"]
    assert out["bad"].is_error and "top_n" in out["bad"].content[0].text
    ask = out["ask"].structured_content
    assert ask["status"] == "ok" and ask["language"] == "zh" and ask["tables"][0]["rows"]
    brief = out["brief"].structured_content
    assert not out["brief"].is_error and brief["language"] == "zh" and brief["text"] and "items" in brief
    uris = {r.uri for r in out["resources"]}
    assert "journey://metrics" in uris and "journey://metrics/drop_off_rate" in uris
    metric = json.loads(out["metric"].contents[0].text)
    assert metric["id"] == "drop_off_rate" and metric["definition"]["zh"]


def test_stdio_server_with_the_sdk_client(demo_ws, tmp_path):
    from mcp.client.stdio import StdioServerParameters, stdio_client

    env = {"PYTHONPATH": str(ROOT), "JOURNEY_MODEL": "offline", "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False",
           "JOURNEY_API_KEYS": "k-only-for-http"}  # keys guard HTTP; a local stdio client is the local user
    params = StdioServerParameters(command=sys.executable, args=["-m", "assistant.cli", "mcp", "--workspace", str(demo_ws)],
                                   env=env, cwd=str(tmp_path))

    async def main() -> dict:
        with (tmp_path / "stderr.txt").open("w") as err:
            async with stdio_client(params, errlog=err) as (read, write):
                return await _session_calls(read, write)

    check_calls(anyio.run(main))


def test_mcp_command_on_an_empty_workspace_fails_with_a_hint(tmp_path):
    import subprocess

    proc = subprocess.run([sys.executable, "-m", "assistant.cli", "mcp", "--workspace", str(tmp_path / "none")],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 2 and "journey demo" in proc.stderr and proc.stdout == ""


def test_a_client_models_call_is_checked_against_the_data(tmp_path):
    """An MCP client is a language model too: a value the data does not have is a clarify with the
    data's values, not an empty table; a call naming what exists is answered as before."""
    from assistant.chat_handler import AgentChatService
    from assistant.mcp_tools import JourneyMcp
    from assistant.memory import SessionStore
    from assistant.settings import load_settings
    from knowledge.gateway import Gateway
    from knowledge.semantic.layer import load_semantic_layer
    from knowledge.workspace import Workspace
    from tests import tinyjourney
    tinyjourney.build(tmp_path / "ws").close()
    svc = AgentChatService(load_settings(JOURNEY_MODEL="offline"), Workspace(tmp_path / "ws"),
                           Gateway(tmp_path / "ws" / "journey.duckdb"), load_semantic_layer(),
                           SessionStore(tmp_path / "sessions"))
    mcp = JourneyMcp(svc)
    bad = mcp.call("metric_breakdown", {"metric_id": "events", "dimension": "device", "filters": {"device": ["Android"]}})
    assert bad["status"] == "clarify" and bad["options"][0] == "android" and "Android" in bad["answer"]
    good = mcp.call("metric_breakdown", {"metric_id": "events", "dimension": "device", "start": "2026-09-30",
                                         "end": "2026-10-10", "filters": {"device": ["android"]}})
    assert good["status"] == "ok" and good["tables"][0]["rows"][0][0] == "android"
    svc.close()
