"""In-memory token-bucket rate limiter, one bucket per API key (or client address)."""
from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class _Bucket:
    tokens: float
    updated: float


class TokenBucketLimiter:
    """`rate_per_minute` refill, `capacity` burst; remembers at most `max_keys` recent keys."""

    def __init__(self, rate_per_minute: float, capacity: int, *, max_keys: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate_per_second = rate_per_minute / 60.0
        self.capacity = max(1, capacity)
        self.max_keys = max_keys
        self._clock = clock
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.rate_per_second > 0

    def acquire(self, key: str) -> float:
        """Take one token for `key`: 0.0 when allowed, else seconds until a token is free."""
        if not self.enabled:
            return 0.0
        now = self._clock()
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                bucket = _Bucket(tokens=float(self.capacity), updated=now)
                self._buckets[key] = bucket
                # a full bucket carries no information, so the oldest keys can be forgotten
                while len(self._buckets) > self.max_keys:
                    self._buckets.popitem(last=False)
            else:
                self._buckets.move_to_end(key)
                bucket.tokens = min(self.capacity, bucket.tokens + (now - bucket.updated) * self.rate_per_second)
                bucket.updated = now
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return 0.0
            return (1.0 - bucket.tokens) / self.rate_per_second

    def wait(self, key: str) -> float:
        """Seconds until `key` has a token again, without taking one (0.0 when it has one now)."""
        if not self.enabled:
            return 0.0
        now = self._clock()
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                return 0.0
            tokens = min(self.capacity, bucket.tokens + (now - bucket.updated) * self.rate_per_second)
            return 0.0 if tokens >= 1.0 else (1.0 - tokens) / self.rate_per_second

    @staticmethod
    def retry_after_header(wait_s: float) -> str:
        """Whole seconds for the Retry-After header, at least 1."""
        return str(max(1, math.ceil(wait_s)))
