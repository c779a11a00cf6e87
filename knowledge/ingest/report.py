"""What a load did, per table, for people (summary lines) and machines (to_dict)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class TableReport:
    """Counts of one table file: read, added, updated, unchanged, rejected (and journey steps removed)."""

    table: str
    file: str
    rows_read: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    removed: int = 0


@dataclass
class IngestReport:
    """The outcome of one ingest_folder call."""

    folder: str
    tables: dict[str, TableReport] = field(default_factory=dict)
    reject_files: list[Path] = field(default_factory=list)
    ignored_files: list[str] = field(default_factory=list)
    replaced: bool = False
    enrichers: int = 0
    elapsed_s: float = 0.0
    phases_s: dict[str, float] = field(default_factory=dict)   # stage, merge, enrich, derived, commit

    @property
    def rows_read(self) -> int:
        return sum(t.rows_read for t in self.tables.values())

    @property
    def changed(self) -> bool:
        """True when the load added, updated or removed any row (or replaced everything)."""
        return self.replaced or any(t.added or t.updated or t.removed for t in self.tables.values())

    def summary_lines(self) -> list[str]:
        """Human summary, one line per table plus rejects and ignored files."""
        verb = "replaced with" if self.replaced else "loaded"
        lines = [f"{verb} {self.folder} in {self.elapsed_s:.1f} s"]
        for t in self.tables.values():
            line = (f"  {t.table:<12} {t.rows_read:>10,} rows read: {t.added:,} added, {t.updated:,} updated, "
                    f"{t.unchanged:,} unchanged")
            if t.rejected:
                line += f", {t.rejected:,} rejected"
            if t.removed:
                line += f", {t.removed:,} old journey steps removed"
            lines.append(line)
        lines += [f"  rejected rows written to {p}" for p in self.reject_files]
        if self.ignored_files:
            lines.append("  ignored (not a DATA.md table): " + ", ".join(self.ignored_files))
        return lines

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"folder": self.folder, "replaced": self.replaced, "elapsed_s": round(self.elapsed_s, 3),
                "phases_s": {k: round(v, 3) for k, v in self.phases_s.items()},
                "tables": {k: asdict(v) for k, v in self.tables.items()},
                "reject_files": [str(p) for p in self.reject_files], "ignored_files": list(self.ignored_files)}
