"""Fault tests on loopback: a client leaving mid-stream leaves no work behind; many clients at once."""
from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from api.app import create_app
from api.config import ApiConfig
from tests.api_fakes import FakeChatService
from tests.api_server import ServerThread

pytestmark = pytest.mark.heavy


def wait_for(predicate, timeout_s: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def test_client_disconnect_mid_stream_stops_the_work() -> None:
    service = FakeChatService(step_delay_s=0.2, steps=40)  # 8 s of work if nobody stopped it
    app = create_app(service, ApiConfig())
    with ServerThread(app) as url:
        with httpx.Client(base_url=url, timeout=10) as client:
            with client.stream("POST", "/api/chat/stream", json={"message": "slow question"}) as r:
                lines = r.iter_lines()
                assert next(lines) == "event: progress"
                assert app.state.streams.active == 1
            # leaving the `with` closed the connection after one step
            t0 = time.monotonic()
            assert wait_for(lambda: app.state.streams.active == 0, timeout_s=5), "stream worker still running"
            stopped_after = time.monotonic() - t0
            health = client.get("/api/health").json()
    assert health["active_streams"] == 0 and health["cancelled_streams"] == 1
    assert service.streams_closed == 1, "the service iterator was closed (its finally ran)"
    assert service.steps_run < 10, f"work went on after the client left: {service.steps_run} steps"
    assert stopped_after < 3.0


def test_many_concurrent_streams_and_chats_all_finish() -> None:
    service = FakeChatService(step_delay_s=0.01, steps=3)
    app = create_app(service, ApiConfig(rate_per_minute=0))

    async def run(url: str) -> list[int]:
        limits = httpx.Limits(max_connections=50)
        async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as client:
            async def one(i: int) -> int:
                if i % 2:
                    r = await client.post("/api/chat/stream", json={"message": f"q{i}"})
                    assert r.text.rstrip().split("\n\n")[-1].startswith("event: answer")
                    return r.status_code
                return (await client.post("/api/chat", json={"message": f"q{i}"})).status_code
            return await asyncio.gather(*(one(i) for i in range(200)))

    with ServerThread(app) as url:
        codes = asyncio.run(run(url))
    assert codes == [200] * 200
    assert app.state.streams.active == 0
    assert len(service.sessions) == 200
