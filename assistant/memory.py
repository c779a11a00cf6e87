"""Conversation memory: one JSON file per session in the workspace, written atomically, bounded.

No DuckDB writes (the database file is read-only and swapped by ingestion). Each turn keeps the
question, the answer JSON and the planner's conversation state, so follow-ups work after restarts.

Sessions belong to an owner (a digest of the API key that created them, `local` without keys):
reads, appends, votes and deletes of another owner's session see "unknown session", and the
session cap is per owner, so one key cannot evict another's sessions. Next to every session
file a small summary file (`<id>.meta.json`) holds owner, title, turn count and update time, so
listing sessions never parses the (possibly large) session files.
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
LOCAL_OWNER = "local"  # the CLI, and the HTTP API when no keys are set
META_SUFFIX = ".meta.json"
DEFAULT_MAX_BYTES = 4_000_000


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


@dataclass
class Session:
    """One conversation: its turns, oldest first."""

    session_id: str
    created_at: str = field(default_factory=_now)
    updated_at: str = field(default_factory=_now)
    turns: list[dict[str, Any]] = field(default_factory=list)
    owner: str = LOCAL_OWNER

    @property
    def title(self) -> str:
        return (self.turns[0]["question"][:TITLE_CHARS] if self.turns else "")

    @property
    def last_state(self) -> dict[str, Any] | None:
        """The planner state of the latest turn (what a follow-up inherits)."""
        return self.turns[-1].get("state") if self.turns else None

    def to_dict(self) -> dict[str, Any]:
        return {"session_id": self.session_id, "owner": self.owner, "created_at": self.created_at,
                "updated_at": self.updated_at, "turns": self.turns}

    def summary(self) -> "SessionSummary":
        return SessionSummary(self.session_id, self.owner, self.title, len(self.turns), self.updated_at,
                              self.created_at)


@dataclass(frozen=True)
class SessionSummary:
    """What a session list shows, read from the small summary file."""

    session_id: str
    owner: str
    title: str
    turns: int
    updated_at: str
    created_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"session_id": self.session_id, "owner": self.owner, "title": self.title, "turns": self.turns,
                "updated_at": self.updated_at, "created_at": self.created_at}


class SessionStore:
    """Sessions on disk: at most `max_turns` turns and `max_bytes` each, `max_sessions` per owner (LRU)."""

    def __init__(self, sessions_dir: str | os.PathLike[str], *, max_turns: int = 50, max_sessions: int = 500,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.dir = Path(sessions_dir)
        self.max_turns = max_turns
        self.max_sessions = max_sessions
        self.max_bytes = max_bytes
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

    def _meta_path(self, session_id: str) -> Path:
        return self.dir / f"{session_id}{META_SUFFIX}"

    def get(self, session_id: str, owner: str | None = None) -> Session:
        """Load a session; NotFoundError when it does not exist or belongs to another owner."""
        path = self._path(session_id)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise NotFoundError(f"unknown session {session_id!r}", hint="start a new session without --session") from None
        except (OSError, json.JSONDecodeError) as exc:
            raise WorkspaceError(f"session file {path.name} is unreadable: {type(exc).__name__}",
                                 hint="delete the file to drop the session") from exc
        session = Session(session_id=raw["session_id"], created_at=raw.get("created_at", _now()),
                          updated_at=raw.get("updated_at", _now()), turns=list(raw.get("turns") or []),
                          owner=str(raw.get("owner") or LOCAL_OWNER))
        if owner is not None and session.owner != owner:
            # the same answer as for a missing session: ids of other owners are not confirmed
            raise NotFoundError(f"unknown session {session_id!r}", hint="list sessions to see their ids")
        return session

    def find(self, session_id: str | None, owner: str | None = None) -> Session | None:
        """The session, or None when the id is None, unknown or another owner's."""
        if not session_id:
            return None
        try:
            return self.get(session_id, owner)
        except NotFoundError:
            return None

    def append(self, session_id: str, question: str, answer: dict[str, Any], state: dict[str, Any] | None,
               owner: str = LOCAL_OWNER) -> Session:
        """Add one turn (creating the session), keep the last max_turns, write atomically, evict LRU of this owner."""
        with self._lock:
            self._path(session_id)  # validates the id before anything is read or written
            existing = self.find(session_id)
            if existing is not None and existing.owner != owner:
                raise NotFoundError(f"unknown session {session_id!r}", hint="start a new session")
            session = existing or Session(session_id=session_id, owner=owner)
            session.turns.append({"question": question, "answer": answer, "state": state, "at": _now()})
            session.turns = session.turns[-self.max_turns:]
            session.updated_at = _now()
            self._write(session)
            self._evict(owner)
        return session

    def _encode(self, session: Session) -> str:
        """The file text, under max_bytes: the oldest turns go first, then the last answer's bulk."""
        text = json.dumps(session.to_dict(), ensure_ascii=False, default=str)
        while len(text.encode("utf-8")) > self.max_bytes and len(session.turns) > 1:
            session.turns = session.turns[1:]
            text = json.dumps(session.to_dict(), ensure_ascii=False, default=str)
        if len(text.encode("utf-8")) > self.max_bytes and session.turns:
            last = session.turns[-1]
            answer = dict(last.get("answer") or {})
            kept = {k: answer.get(k) for k in ("question", "language", "status", "session_id", "model")}
            kept["answer"] = str(answer.get("answer") or "")[: self.max_bytes // 8]
            kept["truncated"] = True
            last["answer"] = kept
            last["question"] = str(last.get("question") or "")[: self.max_bytes // 8]
            last["state"] = None
            text = json.dumps(session.to_dict(), ensure_ascii=False, default=str)
        return text

    def _atomic_write(self, path: Path, text: str) -> None:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=self.dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, path)  # readers see the old or the new file, never half
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def _write(self, session: Session) -> None:
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            self._atomic_write(self._path(session.session_id), self._encode(session))
            self._atomic_write(self._meta_path(session.session_id),
                               json.dumps(session.summary().to_dict(), ensure_ascii=False))
        except OSError as exc:
            raise WorkspaceError(f"cannot save session in {self.dir.name}: {exc.strerror}",
                                 hint="is the workspace writable?") from exc

    def _session_files(self) -> list[Path]:
        if not self.dir.is_dir():
            return []
        return [p for p in self.dir.glob("*.json") if not p.name.startswith(".") and not p.name.endswith(META_SUFFIX)]

    def _summary(self, path: Path) -> SessionSummary | None:
        sid = path.stem
        meta = self._meta_path(sid)
        try:
            raw = json.loads(meta.read_text(encoding="utf-8"))
            return SessionSummary(raw["session_id"], raw.get("owner") or LOCAL_OWNER, raw.get("title", ""),
                                  int(raw.get("turns", 0)), raw.get("updated_at", ""), raw.get("created_at", ""))
        except (OSError, ValueError, KeyError, TypeError):
            pass
        # a session written before summaries existed: parse it once and write its summary
        session = self.find(sid)
        if session is None:
            return None
        summary = session.summary()
        try:
            self._atomic_write(meta, json.dumps(summary.to_dict(), ensure_ascii=False))
        except OSError:
            pass  # read-only workspace: the list still works, just slower next time
        return summary

    def summaries(self, owner: str | None = None) -> list[SessionSummary]:
        """Summaries of every session (of `owner` when given), most recently updated first."""
        out = [s for p in self._session_files() if (s := self._summary(p)) is not None
               and (owner is None or s.owner == owner)]
        return sorted(out, key=lambda s: s.updated_at, reverse=True)

    def _evict(self, owner: str) -> None:
        files = self._session_files()
        if len(files) <= self.max_sessions:
            return
        mine = []
        for p in files:
            s = self._summary(p)
            if s is not None and s.owner == owner:
                try:
                    mine.append((s.updated_at, p.stat().st_mtime_ns, p))
                except FileNotFoundError:
                    continue
        if len(mine) <= self.max_sessions:
            return
        mine.sort()
        for _, _, p in mine[: len(mine) - self.max_sessions]:
            p.unlink(missing_ok=True)
            self._meta_path(p.stem).unlink(missing_ok=True)

    def list(self, owner: str | None = None) -> list[SessionSummary]:
        """Every session (of `owner` when given), most recently updated first, from the summaries."""
        return self.summaries(owner)

    def delete(self, session_id: str, owner: str | None = None) -> None:
        """Remove a session; NotFoundError when unknown or another owner's."""
        with self._lock:
            self.get(session_id, owner)
            self._path(session_id).unlink(missing_ok=True)
            self._meta_path(session_id).unlink(missing_ok=True)
