"""A killable child process for work that may run away (untrusted SQL, chart rendering).

Neither DuckDB (a scalar that builds a huge list never checks its interrupt flag) nor V8 inside
vl-convert (a spec that generates a million points aborts the whole process) can be stopped
reliably from inside the process that runs them. So such work runs in a spawned child with an
OS memory limit; the parent waits at most the time limit, then kills it. A dead child is
replaced on the next call, and the parent never shares its fate.

The child runs `handler(request)` for each request in a loop; `handler` is a module-level
function (it must be importable in a spawned interpreter).
"""
from __future__ import annotations

import logging
import multiprocessing as mp
import os
import threading
import time
from collections.abc import Callable
from typing import Any

from knowledge.errors import JourneyError

log = logging.getLogger("journey.worker")


class WorkerTimeout(JourneyError):
    code = "worker_timeout"
    http_status = 504


class WorkerDied(JourneyError):
    """The child died while working (memory limit, crash); it is restarted on the next call."""

    code = "worker_died"
    http_status = 422


class WorkerBusy(JourneyError):
    code = "worker_busy"
    http_status = 503


# what each limit counts, as /proc/self/status names it
_HELD = {"RLIMIT_AS": "VmSize", "RLIMIT_DATA": "VmData"}


def _held_bytes(resource_name: str) -> int:
    """What this process already holds of the limited resource (0 where /proc is not there)."""
    field = _HELD.get(resource_name)
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if field and line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _limit_memory(limit_bytes: int, resource_name: str) -> None:
    """Allow `limit_bytes` on top of what the fresh interpreter already holds.

    An absolute limit is mostly spent before the first request: the interpreter plus DuckDB's
    mappings are ~700 MB of address space, so the limit counts only what is added after start-up."""
    import resource

    kind = getattr(resource, resource_name)
    soft, hard = resource.getrlimit(kind)
    wanted = _held_bytes(resource_name) + limit_bytes
    new = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    resource.setrlimit(kind, (new, new))


def _child_main(conn: Any, handler: Callable[[Any], Any], memory_bytes: int, resource_name: str,
                init: Callable[[], None] | None) -> None:
    if memory_bytes:
        _limit_memory(memory_bytes, resource_name)
    if init is not None:
        init()
    conn.send(("ready", None))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = ("ok", handler(request))
        except MemoryError:
            reply = ("error", ("memory", "out of memory"))
        except Exception as exc:  # noqa: BLE001 - sent to the parent, which decides what the caller sees
            reply = ("error", (type(exc).__name__, str(exc)[:2000]))
        try:
            conn.send(reply)
        except (BrokenPipeError, OSError):
            return


class ProcessWorker:
    """One child process, one request at a time; the time limit is enforced by killing the child.

    `memory_bytes` is applied with setrlimit in the child, on top of what the child holds once its
    libraries are imported. RLIMIT_DATA (private writable memory) is the default: address space
    (RLIMIT_AS) counts reservations that are never touched — measured, DuckDB's first connection
    took a varying 389–453 MB of a 512 MB address-space budget (so a 3-row count failed at random)
    but a steady 70 MB of data segment; V8 cannot start under RLIMIT_AS at all.
    """

    def __init__(self, handler: Callable[[Any], Any], *, memory_bytes: int = 0, resource_name: str = "RLIMIT_DATA",
                 init: Callable[[], None] | None = None, name: str = "journey-worker",
                 startup_timeout_s: float = 60.0) -> None:
        self.startup_timeout_s = startup_timeout_s
        self.handler = handler
        self.memory_bytes = memory_bytes
        self.resource_name = resource_name
        self.init = init
        self.name = name
        self._ctx = mp.get_context("spawn")  # fork would copy a multi-threaded server's locks
        self._proc: Any = None
        self._conn: Any = None
        self._lock = threading.Lock()
        self.restarts = 0

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def _start(self) -> None:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_child_main, name=self.name, daemon=True,
                                 args=(child, self.handler, self.memory_bytes, self.resource_name, self.init))
        proc.start()
        child.close()
        self._proc, self._conn = proc, parent
        # start-up (a fresh interpreter importing its libraries) does not count against a request's limit
        try:
            ready = parent.poll(self.startup_timeout_s) and parent.recv()[0] == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            self._kill()
            raise WorkerDied("the worker process could not start", hint="check the server log and memory limits")

    def _kill(self) -> None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if conn is not None:
            conn.close()
        if proc is not None:
            if proc.is_alive():
                proc.kill()
            proc.join(timeout=5)
            self.restarts += 1

    def call(self, request: Any, *, timeout_s: float) -> Any:
        """The handler's result; WorkerTimeout past `timeout_s`, WorkerDied when the child died."""
        if not self._lock.acquire(timeout=timeout_s):
            raise WorkerBusy("another request is still using the worker", hint="try again in a moment")
        try:
            if self._proc is None or not self._proc.is_alive():
                if self._proc is not None:
                    self._kill()
                self._start()
            deadline = time.monotonic() + timeout_s
            try:
                self._conn.send(request)
                remaining = max(0.0, deadline - time.monotonic())
                ready = self._conn.poll(remaining)
            except (BrokenPipeError, EOFError, OSError) as exc:
                self._kill()
                raise WorkerDied("the worker process stopped", hint="try a smaller request") from exc
            if not ready:
                log.warning("%s: over its %.1f s limit, killed (pid %s)", self.name, timeout_s, self.pid)
                self._kill()
                raise WorkerTimeout(f"the work took longer than {timeout_s:g} s and was stopped",
                                    hint="ask for less (a narrower period, fewer rows or points)")
            try:
                status, payload = self._conn.recv()
            except (EOFError, OSError) as exc:
                code = self._proc.exitcode if self._proc is not None else None
                log.warning("%s: died while working (exit code %s)", self.name, code)
                self._kill()
                raise WorkerDied("the work needed more memory than allowed and was stopped",
                                 hint="ask for less (a narrower period, fewer rows or points)") from exc
            if status == "error":
                raise WorkerError(*payload)
            return payload
        finally:
            self._lock.release()

    def close(self) -> None:
        """Stop the child (it is started again on the next call)."""
        with self._lock:
            self._kill()
            self.restarts = max(0, self.restarts - 1)


class WorkerError(Exception):
    """An exception raised by the handler in the child: its class name and message."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def child_rss_bytes(pid: int | None) -> int:
    """Resident memory of a child process (0 when unknown); for health output and tests."""
    if not pid:
        return 0
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0
