"""`journey serve`: print the URL, then run the HTTP API and chat page with uvicorn."""
from __future__ import annotations

import errno
import os
import socket

from knowledge.errors import ConfigError
from knowledge.workspace import resolve_workspace

APP_FACTORY = "api.app:create_app"  # by import string: nothing imports api (STYLE.md)
HTTP_PROTOCOL = "api.protocol:HeaderTimeoutProtocol"


def check_port_free(host: str, port: int) -> None:
    """Fail early with a hint instead of uvicorn's bare exit when the port is taken."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        try:
            s.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ConfigError(f"port {port} on {host} is already in use",
                                  hint=f"stop the other server or choose another port: journey serve --port {port + 1}") from None
            raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror}",
                              hint="use --host 127.0.0.1 (the default) or an address of this machine") from None


def server_url(host: str, port: int) -> str:
    """The address to open in a browser (a wildcard host is reached through loopback)."""
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else ("[::1]" if host == "::" else host)
    return f"http://{shown}:{port}"


def _check_schedules(settings: object, root: object) -> list[str]:
    """Names of the schedules `journey serve` will run (none when JOURNEY_SCHEDULES is off)."""
    from pathlib import Path

    from assistant.delivery.secrets import SecretResolver
    from assistant.schedules.config import FILE_NAME, load_schedules

    if not getattr(settings, "run_schedules", True):
        return []
    secrets_file = getattr(settings, "secrets_file", None)
    schedules, _ = load_schedules(Path(str(root)) / FILE_NAME,
                                  SecretResolver(None, Path(secrets_file) if secrets_file else Path(str(root)) / "secrets.yaml"))
    return [s.spec.name for s in schedules if s.spec.enabled]


def run(host: str = "127.0.0.1", port: int = 8000, workspace: str | None = None) -> int:
    """Serve until interrupted; 0 on a clean stop."""
    import uvicorn

    from assistant.settings import load_settings

    ws = resolve_workspace(workspace)
    # the factory runs inside uvicorn and reads the workspace from the environment
    os.environ["JOURNEY_WORKSPACE"] = str(ws.root)
    settings = load_settings()  # bad settings fail here, with a hint, before the port is taken
    schedules = _check_schedules(settings, ws.root)  # a bad schedules.yaml fails here, naming file/line/field
    check_port_free(host, port)
    url = server_url(host, port)
    if not ws.exists():
        print(f"note: no journey data in {ws.root} yet; run `journey demo` or `journey ingest DIR`", flush=True)
    keys = "on" if settings.api_keys else "off"
    print(f"Journey assistant: {url}   (API docs {url}/docs, API keys {keys}; Ctrl+C stops)", flush=True)
    if schedules:
        print(f"schedules: {', '.join(schedules)} (status at {url}/api/deliveries)", flush=True)
    # X-Forwarded-For is handled by the app, and only from JOURNEY_TRUSTED_PROXIES (uvicorn would
    # otherwise believe it from loopback); connections are capped and must send headers in time
    uvicorn.run(APP_FACTORY, factory=True, host=host, port=port, log_level="warning", access_log=False,
                timeout_graceful_shutdown=5, proxy_headers=False, http=HTTP_PROTOCOL,
                limit_concurrency=settings.max_connections, timeout_keep_alive=settings.keepalive_s,
                h11_max_incomplete_event_size=16 * 1024)
    return 0
