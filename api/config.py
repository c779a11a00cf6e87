"""The HTTP server's own settings (keys, rate limit, body limit, CORS) read from the app settings."""
from __future__ import annotations

import ipaddress
import math
import re
from dataclasses import dataclass, field
from typing import Any

from knowledge.errors import ConfigError

DEFAULT_RATE_PER_MINUTE = 120.0
DEFAULT_MAX_BODY_BYTES = 1_000_000
DEFAULT_AUTH_FAILS_PER_MINUTE = 10.0
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
_PERIOD_SECONDS = {"s": 1, "sec": 1, "second": 1, "m": 60, "min": 60, "minute": 60, "h": 3600, "hour": 3600}


@dataclass(frozen=True)
class ApiConfig:
    """What the security layer needs; 0 for rate_per_minute turns rate limiting off."""

    api_keys: tuple[str, ...] = ()
    rate_per_minute: float = DEFAULT_RATE_PER_MINUTE
    burst: int = 0
    cors_origins: tuple[str, ...] = ()
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    auth_fails_per_minute: float = DEFAULT_AUTH_FAILS_PER_MINUTE
    trusted_proxies: tuple[Network, ...] = field(default=())
    chart_max_points: int = 5000
    chart_timeout_s: float = 10.0
    chart_memory_mb: int = 1024

    @property
    def bucket_size(self) -> int:
        """Requests a key may send at once before the refill rate applies."""
        return self.burst or max(1, math.ceil(self.rate_per_minute))

    @classmethod
    def from_settings(cls, settings: Any) -> "ApiConfig":
        """Build from the assistant settings object (JOURNEY_API_KEYS, JOURNEY_RATE_LIMIT, …)."""
        if isinstance(settings, ApiConfig):
            return settings
        if settings is None:
            return cls()
        max_body = getattr(settings, "max_body_bytes", None)
        return cls(
            api_keys=split_list(getattr(settings, "api_keys", None)),
            rate_per_minute=parse_rate(getattr(settings, "rate_limit", None)),
            burst=int(getattr(settings, "rate_burst", 0) or 0),
            cors_origins=split_list(getattr(settings, "cors_origins", None)),
            max_body_bytes=int(max_body) if max_body else DEFAULT_MAX_BODY_BYTES,
            auth_fails_per_minute=parse_rate(getattr(settings, "auth_fail_limit", None) or DEFAULT_AUTH_FAILS_PER_MINUTE),
            trusted_proxies=parse_networks(getattr(settings, "trusted_proxies", None)),
            chart_max_points=int(getattr(settings, "chart_max_points", 5000) or 5000),
            chart_timeout_s=float(getattr(settings, "chart_timeout_s", 10.0) or 10.0),
            chart_memory_mb=int(getattr(settings, "chart_memory_mb", 1024) or 1024),
        )


def split_list(raw: Any) -> tuple[str, ...]:
    """'a, b' or ['a', 'b'] → ('a', 'b'); blanks dropped."""
    if raw is None:
        return ()
    if hasattr(raw, "get_secret_value"):
        raw = raw.get_secret_value()
    items = raw.split(",") if isinstance(raw, str) else [str(x) for x in raw]
    return tuple(s.strip() for s in items if s and s.strip())


def parse_networks(raw: Any) -> tuple[Network, ...]:
    """'10.0.0.1, 192.168.0.0/16' → networks; a bad entry is a ConfigError naming it."""
    out = []
    for item in split_list(raw):
        try:
            out.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ConfigError(f"JOURNEY_TRUSTED_PROXIES entry {item!r} is not an address or network",
                              hint="write addresses or CIDR networks, e.g. 127.0.0.1, 10.0.0.0/8") from None
    return tuple(out)


def parse_rate(raw: Any) -> float:
    """Requests per minute from 120, '120', '120/minute', '2/s' or '7200/hour'; 0 means unlimited."""
    if raw is None or raw == "":
        return DEFAULT_RATE_PER_MINUTE
    if isinstance(raw, (int, float)):
        value = float(raw)
    else:
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:/\s*([a-z]+))?\s*", str(raw).lower())
        if not m or (m.group(2) and m.group(2) not in _PERIOD_SECONDS):
            raise ConfigError(f"JOURNEY_RATE_LIMIT={raw!r} is not a rate",
                              hint="write requests per minute, e.g. 120 or 120/minute, 2/second, 0 for no limit")
        value = float(m.group(1)) * 60 / _PERIOD_SECONDS[m.group(2) or "minute"]
    if value < 0:
        raise ConfigError(f"JOURNEY_RATE_LIMIT={raw!r} is negative", hint="use 0 for no limit")
    return value
