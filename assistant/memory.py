"""Conversation memory: one JSON file per session in the workspace, written atomically, bounded.

No DuckDB writes (the database file is read-only and swapped by ingestion). Each turn keeps the
question, the answer JSON and the planner's conversation state, so follow-ups work after restarts.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from knowledge.errors import NotFoundError, WorkspaceError

SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
TITLE_CHARS = 60


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


@dataclass
class Session:
    """One conversation: its turns, oldest first."""

    session_id: str
    created_at: str = field(default_factory=_now)
    updated_at: str = field(default_factory=_now)
    turns: list[dict[str, Any]] = field(default_factory=list)

    @property
    def title(self) -> str:
        return (self.turns[0]["question"][:TITLE_CHARS] if self.turns else "")

    @property
    def last_state(self) -> dict[str, Any] | None:
        """The planner state of the latest turn (what a follow-up inherits)."""
        return self.turns[-1].get("state") if self.turns else None

    def to_dict(self) -> dict[str, Any]:
        return {"session_id": self.session_id, "created_at": self.created_at, "updated_at": self.updated_at,
                "turns": self.turns}


class SessionStore:
    """Sessions on disk with at most `max_turns` turns each and `max_sessions` sessions (LRU eviction)."""

    def __init__(self, sessions_dir: str | os.PathLike[str], *, max_turns: int = 50, max_sessions: int = 500) -> None:
        self.dir = Path(sessions_dir)
        self.max_turns = max_turns
        self.max_sessions = max_sessions
        self._lock = threading.Lock()

    @staticmethod
    def valid_id(session_id: str) -> bool:
        """Letters, digits, - and _ only, so an id can never name a path outside the folder."""
        return bool(SESSION_ID.match(session_id or ""))

    @staticmethod
    def new_id() -> str:
        return uuid.uuid4().hex[:16]

    def _path(self, session_id: str) -> Path:
        if not SESSION_ID.match(session_id or ""):
            raise NotFoundError(f"unknown session {session_id!r}",
                                hint="session ids are letters, digits, - and _ (up to 64)")
        return self.dir / f"{session_id}.json"

    def get(self, session_id: str) -> Session:
        """Load a session; NotFoundError when it does not exist."""
        path = self._path(session_id)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise NotFoundError(f"unknown session {session_id!r}", hint="start a new session without --session") from None
        except (OSError, json.JSONDecodeError) as exc:
            raise WorkspaceError(f"session file {path} is unreadable: {exc}",
                                 hint="delete the file to drop the session") from exc
        return Session(session_id=raw["session_id"], created_at=raw.get("created_at", _now()),
                       updated_at=raw.get("updated_at", _now()), turns=list(raw.get("turns") or []))

    def find(self, session_id: str | None) -> Session | None:
        """The session, or None when the id is None or unknown."""
        if not session_id:
            return None
        try:
            return self.get(session_id)
        except NotFoundError:
            return None

    def append(self, session_id: str, question: str, answer: dict[str, Any], state: dict[str, Any] | None) -> Session:
        """Add one turn (creating the session), keep the last max_turns, write atomically, evict LRU."""
        with self._lock:
            session = self.find(session_id) or Session(session_id=session_id)
            self._path(session_id)  # validates the id before anything is written
            session.turns.append({"question": question, "answer": answer, "state": state, "at": _now()})
            session.turns = session.turns[-self.max_turns:]
            session.updated_at = _now()
            self._write(session)
            self._evict()
        return session

    def _write(self, session: Session) -> None:
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=self.dir)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(session.to_dict(), fh, ensure_ascii=False, default=str)
            os.replace(tmp, self._path(session.session_id))  # readers see the old or the new file, never half
        except OSError as exc:
            raise WorkspaceError(f"cannot save session in {self.dir}: {exc}", hint="is the workspace writable?") from exc

    def _files(self) -> list[Path]:
        if not self.dir.is_dir():
            return []
        return [p for p in self.dir.glob("*.json") if not p.name.startswith(".")]

    def _evict(self) -> None:
        files = self._files()
        if len(files) <= self.max_sessions:
            return
        files.sort(key=lambda p: p.stat().st_mtime_ns)
        for p in files[: len(files) - self.max_sessions]:
            p.unlink(missing_ok=True)

    def list(self) -> list[Session]:
        """Every session, most recently updated first."""
        out = []
        for p in self._files():
            s = self.find(p.stem)
            if s is not None:
                out.append(s)
        return sorted(out, key=lambda s: s.updated_at, reverse=True)

    def delete(self, session_id: str) -> None:
        """Remove a session; NotFoundError when unknown."""
        path = self._path(session_id)
        if not path.is_file():
            raise NotFoundError(f"unknown session {session_id!r}", hint="list sessions to see their ids")
        path.unlink()
