"""Boards: pinned answers kept as their frozen tool calls (never their rows), re-run on open.

One JSON file per owner in the workspace's boards/ folder; the owner is the one sessions have:
a digest of the API key (the key itself is never written down) or `local` without keys. Files
are written atomically; a board holds at most MAX_PINS pins. Import and pinning accept only
tools of the registry, so a board file cannot make the server run anything else.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import threading
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError, field_validator

from knowledge.errors import JourneyError, NotFoundError, WorkspaceError
from tools.registry import TOOL_MODULES

OWNER = re.compile(r"^[A-Za-z0-9_-]+(:[A-Za-z0-9_-]+)?$")  # "local" or "key:<digest>" (api/security.py)
MAX_PINS = 100
LOCAL_OWNER = "local"
FORMAT = "journey-board/1"


class PinnedCall(BaseModel):
    name: str = Field(max_length=64)
    args: dict[str, Any] = Field(default_factory=dict)

    @field_validator("name")
    @classmethod
    def known_tool(cls, v: str) -> str:
        if v not in TOOL_MODULES:
            raise ValueError(f"unknown tool '{v}'")
        return v


class Pin(BaseModel):
    """A pinned answer: the question and the tool calls that answered it."""

    pin_id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12], pattern=r"^[A-Za-z0-9_-]{1,64}$")
    question: str = Field(min_length=1, max_length=4000)
    lang: Literal["zh", "en"] = "en"
    tool_calls: list[PinnedCall] = Field(min_length=1, max_length=8)
    created_at: str = Field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))


class BoardFile(BaseModel):
    format: Literal["journey-board/1"] = FORMAT
    pins: list[Pin] = Field(default_factory=list, max_length=MAX_PINS)


def make_pin(data: dict[str, Any]) -> Pin:
    """A new pin from a request body; an unknown tool or a bad field is a JourneyError, not a crash."""
    try:
        return Pin(**{k: v for k, v in data.items() if k not in ("pin_id", "created_at")})
    except ValidationError as exc:
        raise JourneyError(f"cannot pin this answer: {str(exc).splitlines()[0]}", code="bad_pin",
                           hint="pin an answer's question and its tool_calls [{name, args}]") from exc


def owner_of(api_key: str | None) -> str:
    """The board owner of a request: a hash of its key, never the key itself."""
    if not api_key:
        return LOCAL_OWNER
    return "k" + hashlib.sha256(api_key.encode("utf-8")).hexdigest()[:24]


class BoardStore:
    """Boards on disk, one file per owner."""

    def __init__(self, boards_dir: str | os.PathLike[str]) -> None:
        self.dir = Path(boards_dir)
        self._lock = threading.Lock()

    def _path(self, owner: str) -> Path:
        if not OWNER.match(owner):
            raise JourneyError("bad board owner", code="bad_owner", hint="owners are key digests or 'local'")
        return self.dir / f"{owner.replace(':', '-')}.json"

    def load(self, owner: str) -> BoardFile:
        """The owner's board (empty when none was saved)."""
        path = self._path(owner)
        if not path.is_file():
            return BoardFile()
        try:
            return BoardFile.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValidationError) as exc:
            raise WorkspaceError(f"the board file {path.name} cannot be read: {str(exc).splitlines()[0]}",
                                 hint="export what you can and re-import it, or delete the file") from exc

    def _save(self, owner: str, board: BoardFile) -> None:
        path = self._path(owner)
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.dir, prefix=".board-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(board.model_dump_json(indent=1))
            os.replace(tmp, path)
        except OSError as exc:
            raise WorkspaceError(f"cannot save the board: {exc}", hint="is the workspace writable?") from exc

    def add(self, owner: str, pin: Pin) -> Pin:
        with self._lock:
            board = self.load(owner)
            if len(board.pins) >= MAX_PINS:
                raise JourneyError(f"a board holds at most {MAX_PINS} pins", hint="remove a pin first",
                                   code="board_full")
            board.pins.append(pin)
            self._save(owner, board)
        return pin

    def get(self, owner: str, pin_id: str) -> Pin:
        pin = next((p for p in self.load(owner).pins if p.pin_id == pin_id), None)
        if pin is None:
            raise NotFoundError(f"no pin '{pin_id}' on this board", hint="list the board with GET /api/board")
        return pin

    def remove(self, owner: str, pin_id: str) -> None:
        with self._lock:
            board = self.load(owner)
            kept = [p for p in board.pins if p.pin_id != pin_id]
            if len(kept) == len(board.pins):
                raise NotFoundError(f"no pin '{pin_id}' on this board", hint="list the board with GET /api/board")
            self._save(owner, BoardFile(pins=kept))

    def import_json(self, owner: str, data: Any, *, replace: bool = False) -> BoardFile:
        """Add (or with replace, set) the pins of an exported board; every pin is checked first."""
        try:
            incoming = BoardFile.model_validate(data if not isinstance(data, (str, bytes)) else json.loads(data))
        except (ValidationError, ValueError) as exc:
            raise JourneyError(f"not a board export: {str(exc).splitlines()[0]}", code="bad_board",
                               hint='export a board with GET /api/board/export: {"format": "journey-board/1", '
                                    '"pins": [...]}') from exc
        with self._lock:
            board = BoardFile() if replace else self.load(owner)
            have = {p.pin_id for p in board.pins}
            for pin in incoming.pins:
                board.pins.append(pin if pin.pin_id not in have else pin.model_copy(update={"pin_id": uuid.uuid4().hex[:12]}))
            if len(board.pins) > MAX_PINS:
                raise JourneyError(f"a board holds at most {MAX_PINS} pins", hint="import fewer pins",
                                   code="board_full")
            self._save(owner, board)
        return board
