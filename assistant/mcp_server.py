"""The MCP server on the official SDK: stdio for `journey mcp`, streamable HTTP for /mcp.

Built on the SDK's low-level `Server` rather than `MCPServer` (FastMCP): MCPServer derives a tool's
schema from a Python function signature, which would be a second definition of arguments the
tools already define as pydantic models. Here the handlers list `ToolSpec.input_schema()` and
validate calls with the same models (assistant/mcp_tools.py).
"""
from __future__ import annotations

import json
import logging
from typing import Any

import anyio
import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.transport_security import TransportSecuritySettings
from mcp.shared.exceptions import MCPError

from assistant.mcp_text import SERVER_INSTRUCTIONS
from assistant.mcp_tools import JourneyMcp, error_answer
from knowledge.errors import JourneyError, NotFoundError

log = logging.getLogger("journey.mcp")
SERVER_NAME = "journey-assistant"
READ_ONLY = types.ToolAnnotations(read_only_hint=True, destructive_hint=False, idempotent_hint=True,
                                  open_world_hint=False)


def _owner(ctx: Any) -> str | None:
    """The session owner the HTTP guard put on the request (None over stdio: the local user)."""
    request = getattr(ctx, "request", None)
    scope = getattr(request, "scope", None)
    if not isinstance(scope, dict):
        return None
    owner = (scope.get("state") or {}).get("owner")
    return str(owner) if owner else None


def build_server(surface: JourneyMcp) -> Server[Any]:
    """A low-level SDK server whose tools and resources are the journey ones (read-only)."""

    async def list_tools(ctx: Any, params: Any) -> types.ListToolsResult:
        return types.ListToolsResult(tools=[
            types.Tool(name=s.name, description=s.description, input_schema=s.input_schema(), annotations=READ_ONLY)
            for s in surface.specs.values()])

    async def call_tool(ctx: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
        name, arguments = params.name, dict(params.arguments or {})
        problem = surface.validation_problem(name, arguments)
        if problem is not None:
            # a wrong call is the model's to correct: an error result it can read, not a protocol error
            return types.CallToolResult(content=[types.TextContent(type="text", text=f"bad arguments: {problem}")],
                                        is_error=True)
        owner = _owner(ctx)
        try:
            data = await anyio.to_thread.run_sync(lambda: surface.call(name, arguments, owner=owner))
        except JourneyError as exc:
            data = error_answer(exc, name)
        text = json.dumps(data, ensure_ascii=False)
        return types.CallToolResult(content=[types.TextContent(type="text", text=text)], structured_content=data,
                                    is_error=data.get("status") == "error")

    async def list_resources(ctx: Any, params: Any) -> types.ListResourcesResult:
        items = await anyio.to_thread.run_sync(surface.resources)
        return types.ListResourcesResult(resources=[
            types.Resource(uri=r["uri"], name=r["name"], description=r["description"], mime_type="application/json")
            for r in items])

    async def read_resource(ctx: Any, params: types.ReadResourceRequestParams) -> types.ReadResourceResult:
        uri = str(params.uri)
        try:
            text = await anyio.to_thread.run_sync(lambda: surface.read(uri))
        except NotFoundError as exc:
            raise MCPError(code=types.INVALID_PARAMS, message=exc.message, data={"uri": uri}) from None
        return types.ReadResourceResult(contents=[
            types.TextResourceContents(uri=uri, text=text, mime_type="application/json")])

    return Server(SERVER_NAME, version="0.1.0", instructions=SERVER_INSTRUCTIONS,
                  get_tool_input_schema=lambda name: surface.specs[name].input_schema() if name in surface.specs else None,
                  on_list_tools=list_tools, on_call_tool=call_tool, on_list_resources=list_resources,
                  on_read_resource=read_resource)


async def serve_stdio(surface: JourneyMcp) -> None:
    """Serve one client over this process's stdin/stdout until it closes them."""
    from mcp.server.stdio import stdio_server

    server = build_server(surface)
    async with stdio_server() as (read_stream, write_stream):
        await server.run(read_stream, write_stream, server.create_initialization_options())


def http_app(surface: JourneyMcp, *, allowed_hosts: tuple[str, ...] = ()) -> tuple[Any, Any]:
    """(ASGI app serving streamable HTTP at its root, its session manager to run in the host's lifespan).

    Stateless with JSON responses: each POST is answered on its own, so nothing is kept per
    client between calls and the host's per-key rate limit sees every call.
    """
    from mcp.server.streamable_http_manager import StreamableHTTPASGIApp, StreamableHTTPSessionManager

    server = build_server(surface)
    # DNS-rebinding protection: only the Host headers the server is reached by (loopback by default)
    hosts = list(allowed_hosts) or ["127.0.0.1:*", "localhost:*", "[::1]:*"]
    security = TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_hosts=hosts,
                                         allowed_origins=[f"http://{h}" for h in hosts] + [f"https://{h}" for h in hosts])
    manager = StreamableHTTPSessionManager(app=server, json_response=True, stateless=True, security_settings=security)
    return StreamableHTTPASGIApp(manager), manager
