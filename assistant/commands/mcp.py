"""`journey mcp`: an MCP server over stdio exposing the journey tools (read-only)."""
from __future__ import annotations

import logging
import sys


def run(workspace: str | None = None) -> int:
    """Serve one MCP client on stdin/stdout until it disconnects; 0 on a clean stop."""
    import anyio

    from assistant.chat_handler import build_chat_service
    from assistant.mcp_server import serve_stdio
    from assistant.mcp_tools import JourneyMcp
    from assistant.settings import load_settings

    # stdout is the protocol channel: every log line goes to stderr
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING)
    service = build_chat_service(load_settings(), workspace=workspace)
    service.knowledge()  # an empty or broken workspace fails here with its hint, before the client waits
    try:
        anyio.run(serve_stdio, JourneyMcp(service))
    finally:
        service.close()
    return 0
