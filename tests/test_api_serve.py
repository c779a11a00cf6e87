"""`journey serve` helpers: URL shown, busy port reported with a hint."""
from __future__ import annotations

import socket

import pytest

from assistant.commands.serve import check_port_free, server_url
from knowledge.errors import ConfigError


def test_server_url() -> None:
    assert server_url("127.0.0.1", 8000) == "http://127.0.0.1:8000"
    assert server_url("0.0.0.0", 9000) == "http://127.0.0.1:9000"


def test_busy_port_is_a_config_error_with_hint() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        with pytest.raises(ConfigError) as exc:
            check_port_free("127.0.0.1", port)
    assert f"--port {port + 1}" in exc.value.hint
