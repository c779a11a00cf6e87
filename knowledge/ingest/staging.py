"""All-or-nothing writes: load into a staging copy of the database, then swap it in atomically.

Readers keep the old file open (POSIX keeps an unlinked inode readable) and the gateway
reopens when it sees the new inode. A load killed at any point leaves only files in the
staging folder, which the next load deletes while holding the workspace's ingest lock.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import uuid
from pathlib import Path
from typing import IO

from knowledge.errors import WorkspaceError
from knowledge.ingest import messages as msg
from knowledge.workspace import Workspace

LOCK_FILE = "ingest.lock"


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class IngestLock:
    """The workspace's ingest lock (an flock on .staging/ingest.lock), held for a whole load.

    `journey ingest` holds it across the database swap AND the feedback index sync, so two loads
    never write the Chroma index at the same time; Staging takes it itself when not given one.
    """

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._fh: IO[str] | None = None

    def acquire(self) -> "IngestLock":
        workspace = self.workspace
        workspace.ensure()
        workspace.staging_dir.mkdir(parents=True, exist_ok=True)
        fh = (workspace.staging_dir / LOCK_FILE).open("a")
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.close()
            raise WorkspaceError(msg.LOCKED_MESSAGE.format(root=workspace.root), hint=msg.LOCKED_HINT,
                                 code="ingest_running") from None
        self._fh = fh
        return self

    def release(self) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None

    def __enter__(self) -> "IngestLock":
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def bump_generation(workspace: Workspace) -> int:
    """Write generation+1 atomically (the caller holds the ingest lock); servers reopen on the change."""
    path = workspace.generation_path
    try:
        current = int(path.read_text(encoding="ascii").strip() or 0)
    except (OSError, ValueError):
        current = 0
    tmp = path.with_name(f".generation-{uuid.uuid4().hex}")
    tmp.write_text(str(current + 1), encoding="ascii")
    os.replace(tmp, path)
    return current + 1


class Staging:
    """One staging database for one load; `commit()` swaps it in, `abort()` throws it away."""

    def __init__(self, workspace: Workspace, *, copy_current: bool, lock: IngestLock | None = None) -> None:
        self.workspace = workspace
        workspace.ensure()
        self.dir = workspace.staging_dir
        self.dir.mkdir(parents=True, exist_ok=True)
        # a lock given by the caller outlives this staging copy (the caller releases it)
        self._own_lock = lock is None
        self._lock_obj = lock if lock is not None else IngestLock(workspace).acquire()
        try:
            self._clean_stale()
            self.path = self.dir / f"{uuid.uuid4().hex}.duckdb"
            if copy_current and workspace.db_path.is_file():
                shutil.copyfile(workspace.db_path, self.path)
                wal = Path(str(workspace.db_path) + ".wal")
                if wal.is_file():  # left by a crashed writer: DuckDB replays it on open
                    shutil.copyfile(wal, Path(str(self.path) + ".wal"))
        except BaseException:
            self.abort()
            raise

    @property
    def temp_dir(self) -> Path:
        """Where DuckDB may spill during this load (inside staging, so it is cleaned up too)."""
        return Path(str(self.path) + ".tmp")

    def _clean_stale(self) -> None:
        """Delete leftovers of killed loads; safe because we hold the lock."""
        for p in self.dir.iterdir():
            if p.name == LOCK_FILE:
                continue
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)

    def _remove_files(self) -> None:
        path = getattr(self, "path", None)
        if path is None:
            return
        for f in (path, Path(str(path) + ".wal")):
            f.unlink(missing_ok=True)
        shutil.rmtree(self.temp_dir, ignore_errors=True)

    def _release(self) -> None:
        if self._own_lock:
            self._lock_obj.release()

    def commit(self) -> None:
        """Make the staged database the workspace's database (the connection must be closed)."""
        try:
            wal = Path(str(self.path) + ".wal")
            if wal.is_file() and wal.stat().st_size:
                raise WorkspaceError("the staged database was not checkpointed", hint="report this bug")
            _fsync_path(self.path)
            os.replace(self.path, self.workspace.db_path)
            old_wal = Path(str(self.workspace.db_path) + ".wal")
            old_wal.unlink(missing_ok=True)
            _fsync_path(self.workspace.root)
        finally:
            self._remove_files()
            self._release()

    def abort(self) -> None:
        """Throw the staged database away; the workspace is as it was."""
        try:
            self._remove_files()
        finally:
            self._release()
