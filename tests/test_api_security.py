"""Keys, rate limit, body limit, CORS and the one error envelope (pinned shape)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.config import ApiConfig, parse_rate, split_list
from api.ratelimit import TokenBucketLimiter
from knowledge.errors import ConfigError
from tests.api_fakes import FakeChatService

KEYS = ApiConfig(api_keys=("k-alpha", "k-beta"))
CHAT = {"message": "哪个触点流失用户最多?"}


def make(config: ApiConfig = ApiConfig(), **kw) -> TestClient:
    return TestClient(create_app(FakeChatService(), config), **kw)


def assert_envelope(r, status: int, code: str) -> dict:
    """The pinned error shape: exactly ok + error{code, message, hint[, details]}, no trace."""
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"ok", "error"} and body["ok"] is False
    assert {"code", "message", "hint"} <= set(body["error"]) <= {"code", "message", "hint", "details"}
    assert body["error"]["code"] == code
    assert body["error"]["message"] and isinstance(body["error"]["hint"], str)
    assert "Traceback" not in r.text and 'File "' not in r.text
    return body["error"]


# -- API keys ------------------------------------------------------------------------------
def test_missing_and_wrong_key_get_401_envelope() -> None:
    c = make(KEYS)
    err = assert_envelope(c.post("/api/chat", json=CHAT), 401, "unauthorized")
    assert "Authorization: Bearer" in err["hint"]
    assert_envelope(c.post("/api/chat", json=CHAT, headers={"Authorization": "Bearer nope"}), 401, "unauthorized")
    assert_envelope(c.get("/api/sessions", headers={"Authorization": "Basic k-alpha"}), 401, "unauthorized")
    assert c.post("/api/chat", json=CHAT).headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("method,path", [("GET", "/api/sessions"), ("GET", "/api/sessions/x"),
                                         ("DELETE", "/api/sessions/x"), ("GET", "/api/metrics"),
                                         ("POST", "/api/feedback"), ("POST", "/api/chat/stream"),
                                         ("POST", "/api/chart/svg")])
def test_every_api_route_but_health_needs_a_key(method: str, path: str) -> None:
    assert_envelope(make(KEYS).request(method, path, json={}), 401, "unauthorized")


def test_valid_keys_pass_and_health_is_open() -> None:
    c = make(KEYS)
    for key in ("k-alpha", "k-beta"):
        r = c.post("/api/chat", json=CHAT, headers={"Authorization": f"Bearer {key}"})
        assert r.status_code == 200 and r.json()["status"] == "ok"
    assert c.get("/api/health").status_code == 200
    # the page must load without a key so it can ask for one
    assert c.get("/").status_code == 200 and c.get("/static/app.js").status_code == 200


def test_no_keys_configured_means_open_api() -> None:
    assert make().get("/api/sessions").status_code == 200


# -- rate limit ----------------------------------------------------------------------------
def test_rate_limit_per_key_gives_429_with_retry_after() -> None:
    c = make(ApiConfig(api_keys=("a", "b"), rate_per_minute=2))
    a, b = {"Authorization": "Bearer a"}, {"Authorization": "Bearer b"}
    assert c.get("/api/sessions", headers=a).status_code == 200
    assert c.get("/api/sessions", headers=a).status_code == 200
    r = c.get("/api/sessions", headers=a)
    assert_envelope(r, 429, "rate_limited")
    # one token refills every 60/2 = 30 s (less the time the three requests took on a busy machine)
    assert 1 <= int(r.headers["retry-after"]) <= 30
    assert c.get("/api/sessions", headers=b).status_code == 200, "another key has its own bucket"
    assert c.get("/api/health").status_code == 200, "health is never limited"


def test_token_bucket_refills_at_rate() -> None:
    now = [100.0]
    lim = TokenBucketLimiter(rate_per_minute=60, capacity=3, clock=lambda: now[0])
    assert [lim.acquire("k") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert lim.acquire("k") == pytest.approx(1.0)
    now[0] += 0.5
    assert lim.acquire("k") == pytest.approx(0.5)
    now[0] += 2.0  # 0.5 + 2.0 s at 1 token/s = 2.5 tokens
    assert lim.acquire("k") == 0.0 and lim.acquire("k") == 0.0
    assert lim.acquire("k") == pytest.approx(0.5)
    assert TokenBucketLimiter(0, 1).acquire("k") == 0.0, "rate 0 disables the limit"


def test_token_bucket_forgets_oldest_keys() -> None:
    lim = TokenBucketLimiter(rate_per_minute=1, capacity=1, max_keys=2, clock=lambda: 0.0)
    lim.acquire("a"), lim.acquire("b"), lim.acquire("c")
    assert list(lim._buckets) == ["b", "c"]


@pytest.mark.parametrize("raw,per_minute", [(None, 120.0), ("", 120.0), (30, 30.0), ("30", 30.0),
                                            ("30/minute", 30.0), ("2/s", 120.0), ("600/hour", 10.0),
                                            ("0", 0.0)])
def test_parse_rate(raw, per_minute: float) -> None:
    assert parse_rate(raw) == per_minute


def test_parse_rate_rejects_nonsense_with_hint() -> None:
    with pytest.raises(ConfigError) as exc:
        parse_rate("fast")
    assert "120/minute" in exc.value.hint


def test_config_from_settings_object() -> None:
    class S:
        api_keys = " k1, ,k2 "
        rate_limit = "10/second"
        cors_origins = ["http://localhost:3000"]
        max_body_bytes = 2048

    cfg = ApiConfig.from_settings(S())
    assert cfg == ApiConfig(api_keys=("k1", "k2"), rate_per_minute=600.0,
                            cors_origins=("http://localhost:3000",), max_body_bytes=2048)
    assert split_list(None) == ()


# -- body size -----------------------------------------------------------------------------
def test_body_over_limit_gets_413() -> None:
    c = make(ApiConfig(max_body_bytes=200))
    assert c.post("/api/chat", json={"message": "x" * 100}).status_code == 200
    err = assert_envelope(c.post("/api/chat", json={"message": "x" * 300}), 413, "payload_too_large")
    assert "JOURNEY_MAX_BODY_BYTES" in err["hint"]


def test_chunked_body_over_limit_gets_413() -> None:
    c = make(ApiConfig(max_body_bytes=200))

    def chunks():
        for _ in range(5):
            yield b'{"message": "' + b"y" * 60

    assert_envelope(c.post("/api/chat", content=chunks(), headers={"Content-Type": "application/json"}),
                    413, "payload_too_large")


# -- envelope for every error kind ---------------------------------------------------------
def test_404_405_422_500_share_the_envelope() -> None:
    c = make(raise_server_exceptions=False)
    assert_envelope(c.get("/api/nothing-here"), 404, "not_found")
    assert_envelope(c.get("/nowhere"), 404, "not_found")
    assert_envelope(c.get("/api/chat"), 405, "method_not_allowed")
    err = assert_envelope(c.post("/api/chat", json={"text": "hi"}), 422, "invalid_request")
    assert {d["field"] for d in err["details"]} == {"message", "text"}
    assert_envelope(c.post("/api/chat", content=b"{not json", headers={"Content-Type": "application/json"}),
                    422, "invalid_request")
    assert_envelope(c.post("/api/chat", json={"message": ""}), 422, "invalid_request")
    err = assert_envelope(c.post("/api/chat", json={"message": "boom"}), 500, "internal_error")
    assert "passwd" not in str(err)


def test_journey_error_from_service_keeps_its_code_and_hint() -> None:
    err = assert_envelope(make().post("/api/chat", json={"message": "unsupported weather"}), 400,
                          "unsupported_question")
    assert err["hint"] == "ask about touchpoints, funnels or feedback"


# -- CORS ----------------------------------------------------------------------------------
def test_cors_off_by_default() -> None:
    r = make().get("/api/health", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    pre = make().options("/api/chat", headers={"Origin": "http://evil.example",
                                               "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in pre.headers


def test_cors_on_when_configured() -> None:
    c = make(ApiConfig(api_keys=("k",), cors_origins=("http://app.local",)))
    pre = c.options("/api/chat", headers={"Origin": "http://app.local", "Access-Control-Request-Method": "POST",
                                          "Access-Control-Request-Headers": "authorization"})
    assert pre.status_code == 200 and pre.headers["access-control-allow-origin"] == "http://app.local"
    other = c.get("/api/health", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in other.headers
