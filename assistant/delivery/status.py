"""Delivery counters per schedule, shared by the scheduler thread and the HTTP routes."""
from __future__ import annotations

import threading
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from typing import Any


@dataclass
class ScheduleStatus:
    schedule: str
    channel: str
    next_run: str | None = None
    runs: int = 0
    delivered: int = 0
    failed: int = 0
    retries: int = 0
    last_success: str | None = None
    last_failure: str | None = None
    last_error: dict[str, str] | None = None  # code, message, hint: already free of secrets


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class DeliveryStatus:
    """Thread-safe record of every schedule's deliveries (what /api/deliveries shows)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_name: dict[str, ScheduleStatus] = {}

    def register(self, schedule: str, channel: str) -> None:
        with self._lock:
            self._by_name.setdefault(schedule, ScheduleStatus(schedule, channel))

    def next_run(self, schedule: str, when: datetime | None) -> None:
        with self._lock:
            self._by_name[schedule].next_run = when.isoformat(timespec="seconds") if when else None

    def retried(self, schedule: str) -> None:
        with self._lock:
            self._by_name[schedule].retries += 1

    def finished(self, schedule: str, error: dict[str, str] | None) -> None:
        with self._lock:
            s = self._by_name[schedule]
            s.runs += 1
            if error is None:
                s.delivered += 1
                s.last_success = _now()
            else:
                s.failed += 1
                s.last_failure = _now()
                s.last_error = error

    def to_dict(self) -> dict[str, Any]:
        with self._lock:
            rows = [asdict(s) for s in self._by_name.values()]
        return {"schedules": rows, "delivered": sum(r["delivered"] for r in rows),
                "failed": sum(r["failed"] for r in rows), "retries": sum(r["retries"] for r in rows)}
