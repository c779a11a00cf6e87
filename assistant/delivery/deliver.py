"""Send with retries and exponential backoff, count the outcome, log without secrets."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Callable

from assistant.delivery.base import BriefMessage, Channel, DeliveryError
from assistant.delivery.status import DeliveryStatus

log = logging.getLogger("journey.delivery")


@dataclass(frozen=True)
class RetryPolicy:
    """attempts in all; the wait before try k (k >= 1) is base_delay_s * 2**(k-1), at most max_delay_s."""

    attempts: int = 4
    base_delay_s: float = 2.0
    max_delay_s: float = 60.0

    def delay(self, k: int) -> float:
        return min(self.max_delay_s, self.base_delay_s * 2 ** (k - 1))


def deliver(channel: Channel, message: BriefMessage, *, schedule: str, status: DeliveryStatus,
            policy: RetryPolicy = RetryPolicy(), sleep: Callable[[float], None] = time.sleep) -> bool:
    """Try to send; retry retryable failures with backoff. True when delivered (counted either way)."""
    status.register(schedule, channel.kind)
    for attempt in range(policy.attempts):
        if attempt:
            status.retried(schedule)
            sleep(policy.delay(attempt))
        try:
            channel.send(message)
        except DeliveryError as exc:
            msg = channel.redact(exc.message)
            log.warning("brief %s to %s failed (try %d of %d): %s", schedule, channel.describe(), attempt + 1,
                        policy.attempts, msg)
            if exc.retryable and attempt + 1 < policy.attempts:
                continue
            status.finished(schedule, {"code": exc.code, "message": msg, "hint": channel.redact(exc.hint or "")})
            return False
        except Exception as exc:  # noqa: BLE001 - a bug in one channel must not stop the scheduler; it is counted
            log.error("brief %s to %s failed unexpectedly: %s", schedule, channel.describe(), type(exc).__name__)
            status.finished(schedule, {"code": "delivery_bug", "message": type(exc).__name__,
                                       "hint": "see the server log"})
            return False
        log.info("brief %s delivered to %s", schedule, channel.describe())
        status.finished(schedule, None)
        return True
    return False
