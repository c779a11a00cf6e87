"""Where one company's knowledge lives on disk: the DuckDB file, the Chroma folder, sessions."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from knowledge.errors import WorkspaceError

DB_FILE = "journey.duckdb"


@dataclass(frozen=True)
class Workspace:
    """Paths of one workspace; creating the object touches nothing on disk."""

    root: Path

    @property
    def db_path(self) -> Path:
        return self.root / DB_FILE

    @property
    def chroma_dir(self) -> Path:
        return self.root / "chroma"

    @property
    def sessions_dir(self) -> Path:
        return self.root / "sessions"

    @property
    def rejects_dir(self) -> Path:
        return self.root / "rejects"

    @property
    def staging_dir(self) -> Path:
        return self.root / ".staging"

    @property
    def generation_path(self) -> Path:
        """One number ingestion bumps after the database swap and the index sync (servers watch it)."""
        return self.root / "generation"

    @property
    def boards_dir(self) -> Path:
        """Pinned answers, one JSON file per API key (hashed) or `local` without keys."""
        return self.root / "boards"

    @property
    def feedback_votes_path(self) -> Path:
        return self.root / "answer_feedback.jsonl"

    def exists(self) -> bool:
        return self.db_path.is_file()

    def ensure(self) -> "Workspace":
        """Create the workspace folder if missing."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(f"cannot create workspace folder {self.root}: {exc}",
                                 hint="choose a writable folder with --workspace DIR") from exc
        return self

    def require(self) -> "Workspace":
        """Fail with a helpful error when no data has been loaded yet."""
        if not self.exists():
            raise WorkspaceError(
                f"no journey data in workspace {self.root}",
                hint="run `journey demo` for the demo company or `journey ingest DIR` for your own data",
                code="empty_workspace")
        return self


def resolve_workspace(arg: str | os.PathLike[str] | None = None) -> Workspace:
    """--workspace DIR, else $JOURNEY_WORKSPACE, else ./workspace (INTERFACE.md)."""
    raw = arg or os.environ.get("JOURNEY_WORKSPACE") or "workspace"
    return Workspace(Path(raw).expanduser().resolve())
