"""Mount the MCP server (streamable HTTP) at /mcp; ApiGuardMiddleware puts it behind the API keys."""
from __future__ import annotations

from typing import Any

from fastapi import FastAPI

MCP_PATH = "/mcp"


def install_mcp(app: FastAPI, service: Any, settings: Any) -> Any:
    """Add the /mcp route; returns the SDK session manager the app's lifespan must run."""
    from starlette.routing import Route

    from assistant.mcp_server import http_app
    from assistant.mcp_tools import JourneyMcp

    hosts = tuple(getattr(settings, "mcp_allowed_hosts", None) or ())
    asgi, manager = http_app(JourneyMcp(service), allowed_hosts=hosts)
    # a Route (not a Mount) so POST /mcp is served as is, without a redirect to /mcp/
    app.router.routes.append(Route(MCP_PATH, endpoint=asgi, include_in_schema=False))
    return manager
