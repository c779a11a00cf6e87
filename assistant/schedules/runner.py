"""Run the workspace's schedules in a background thread of `journey serve`.

Each schedule fires at its cron times (croniter, in its time zone); a firing makes the brief
through the chat service (as of the latest data) and delivers it with retries
(assistant/delivery/deliver.py). Outcomes are counted in a DeliveryStatus that the HTTP API shows.
"""
from __future__ import annotations

import logging
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable
from zoneinfo import ZoneInfo

from assistant.delivery.base import BriefMessage, Channel, install_log_redaction
from assistant.delivery.deliver import RetryPolicy, deliver
from assistant.delivery.secrets import SecretResolver
from assistant.delivery.status import DeliveryStatus
from assistant.schedules.config import FILE_NAME, Schedule, ScheduleSpec, load_schedules
from knowledge.errors import JourneyError

log = logging.getLogger("journey.schedules")
MAX_WAIT_S = 30.0  # wake at least this often, so stop() and clock changes are noticed

BriefMaker = Callable[[ScheduleSpec], dict[str, Any]]


def next_fire(spec: ScheduleSpec, after: datetime) -> datetime:
    """The first cron time strictly after `after` (aware datetimes, returned in UTC)."""
    from croniter import croniter

    tz = ZoneInfo(spec.timezone)
    nxt = croniter(spec.cron, after.astimezone(tz)).get_next(datetime)
    return nxt.astimezone(timezone.utc)


def build_channel(s: Schedule, root: Path, client: Any) -> Channel:
    """The channel object of one schedule (secrets already resolved)."""
    ch = s.spec.channel
    if ch.type == "feishu":
        from assistant.delivery.feishu import FeishuChannel
        return FeishuChannel(webhook=s.webhook or "", secret=s.secret, client=client)
    if ch.type == "dingtalk":
        from assistant.delivery.dingtalk import DingTalkChannel
        return DingTalkChannel(webhook=s.webhook or "", secret=s.secret, client=client)
    if ch.type == "wecom":
        from assistant.delivery.wecom import WeComChannel
        return WeComChannel(webhook=s.webhook or "", format=ch.format or "markdown", client=client)
    if ch.type == "slack":
        from assistant.delivery.slack import SlackChannel
        return SlackChannel(webhook=s.webhook or "")
    if ch.type == "file":
        from assistant.delivery.local import FileChannel
        path = Path(ch.path or "")
        return FileChannel(path=path if path.is_absolute() else root / path, format=ch.format or "text",
                           name=s.spec.name)
    from assistant.delivery.local import StdoutChannel
    return StdoutChannel()


class Scheduler:
    """Fires schedules at their cron times until stopped."""

    def __init__(self, schedules: list[Schedule], make_brief: BriefMaker, channels: dict[str, Channel],
                 status: DeliveryStatus, *, policy: RetryPolicy = RetryPolicy(),
                 now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        self.schedules = {s.spec.name: s for s in schedules if s.spec.enabled}
        self.make_brief = make_brief
        self.channels = channels
        self.status = status
        self.policy = policy
        self.now = now
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        for name in self.schedules:
            status.register(name, channels[name].kind)

    def run_once(self, name: str) -> bool:
        """Make and deliver one schedule's brief now; True when delivered."""
        s = self.schedules[name]
        try:
            brief = self.make_brief(s.spec)
        except JourneyError as exc:
            log.warning("brief %s could not be made: %s", name, exc.message)
            self.status.finished(name, {"code": exc.code, "message": exc.message, "hint": exc.hint or ""})
            return False
        return deliver(self.channels[name], BriefMessage(brief, s.base_url), schedule=name, status=self.status,
                       policy=self.policy, sleep=self._stop.wait)

    def _first_due(self) -> dict[str, datetime]:
        due = {n: next_fire(s.spec, self.now()) for n, s in self.schedules.items()}
        for n, t in due.items():
            self.status.next_run(n, t)
        return due

    def _loop(self, due: dict[str, datetime]) -> None:
        while not self._stop.is_set():
            now = self.now()
            for name in [n for n, t in due.items() if t <= now]:
                self.run_once(name)
                due[name] = next_fire(self.schedules[name].spec, max(now, self.now()))
                self.status.next_run(name, due[name])
            if not due:
                return
            wait = (min(due.values()) - self.now()).total_seconds()
            self._stop.wait(max(0.0, min(MAX_WAIT_S, wait)))

    def start(self) -> None:
        if self.schedules and self._thread is None:
            self._thread = threading.Thread(target=self._loop, args=(self._first_due(),), name="journey-schedules",
                                            daemon=True)
            self._thread.start()
            log.info("running %d schedule(s)", len(self.schedules))

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None


def build_scheduler(service: Any, workspace_root: Path, secrets_file: Path | None = None,
                    env: dict[str, str] | None = None, client: Any = None) -> Scheduler | None:
    """The scheduler of WORKSPACE/schedules.yaml (None without the file); bad files raise ConfigError."""
    schedules, _ = load_schedules(workspace_root / FILE_NAME,
                                  SecretResolver(env, secrets_file or workspace_root / "secrets.yaml"))
    if not schedules:
        return None
    if client is None:
        import httpx
        client = httpx.Client(follow_redirects=False)

    def make(spec: ScheduleSpec) -> dict[str, Any]:
        return service.brief(days=spec.days, lang=spec.lang, filters=spec.filters or None,
                             journey_ids=spec.journeys or None)

    channels = {s.spec.name: build_channel(s, workspace_root, client) for s in schedules}
    install_log_redaction(v for ch in channels.values() for v in ch.secrets)
    return Scheduler(schedules, make, channels, DeliveryStatus())
