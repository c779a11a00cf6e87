"""Find the table files of a dataset folder and express each as a DuckDB relation of text columns."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import duckdb

from knowledge.errors import RowProblem
from knowledge.ingest import messages as msg
from knowledge.tables import TABLES, Table

# order matters: references (touchpoints) must be staged before the tables that point at them
LOAD_ORDER = ("touchpoints", "journeys", "customers", "events", "orders", "feedback", "experiments")
FORMATS = {".csv": "csv", ".parquet": "parquet"}
MAX_LINE_BYTES = 4 * 1024 * 1024  # above MAX_FIELD_BYTES: a long field gets the clear huge_field error
# a real table has tens of columns; 100,000 made DuckDB's CSV reader take minutes and gigabytes
MAX_COLUMNS = 1000
# Parquet types read as they are for a contract type (no round trip through text: casting 10 M
# timestamps to VARCHAR and parsing them back cost more than reading the whole file)
_INTS = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER")
NATIVE_TYPES: dict[str, tuple[str, ...]] = {
    "string": ("VARCHAR",),
    "timestamp": ("TIMESTAMP", "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS", "TIMESTAMP WITH TIME ZONE"),
    "integer": _INTS,
    "number": ("DOUBLE", "FLOAT") + _INTS,
}


def sql_str(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def ident(name: str) -> str:
    """A quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class Source:
    """One table file of the dataset folder and its header."""

    table: Table
    path: Path
    fmt: Literal["csv", "parquet"]
    columns: tuple[str, ...]
    types: tuple[str, ...] = ()     # Parquet: DuckDB type of each column; CSV: none (all text)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def extras(self) -> tuple[str, ...]:
        """Input columns the contract does not name (kept in `properties`)."""
        known = {c.name for c in self.table.columns}
        return tuple(c for c in self.columns if c not in known)

    def native(self, name: str) -> bool:
        """True when the column is read with its own Parquet type rather than as text."""
        if not self.types:
            return False
        col = next((c for c in self.table.columns if c.name == name), None)
        if col is None or name not in self.columns:
            return False  # extra columns stay text: `properties` keeps their text form
        return self.types[self.columns.index(name)] in NATIVE_TYPES[col.type]

    def _select(self) -> str:
        return ", ".join(ident(c) if self.native(c) else f"CAST({ident(c)} AS VARCHAR) AS {ident(c)}"
                         for c in self.columns)

    def relation(self, *, rejects: str | None = None) -> str:
        """SQL of a relation of every file column: text, or (Parquet) its own type when native()."""
        if self.fmt == "parquet":
            return f"(SELECT {self._select()} FROM read_parquet({sql_str(str(self.path))}))"
        spec = "{" + ", ".join(f"{sql_str(c)}: 'VARCHAR'" for c in self.columns) + "}"
        opts = (f"columns={spec}, header=true, auto_detect=false, delim=',', quote='\"', escape='\"', "
                f"max_line_size={MAX_LINE_BYTES}, encoding='utf-8'")
        if rejects:
            opts += (f", store_rejects=true, rejects_table={sql_str(rejects)}, "
                     f"rejects_scan={sql_str(rejects + '_scan')}")
        return f"read_csv({sql_str(str(self.path))}, {opts})"

    def ordered_relation(self) -> str:
        """Like relation() plus `__ord`, the 0-based record number (Parquet only; CSV uses rowid)."""
        return (f"(SELECT file_row_number AS __ord, {self._select()} FROM "
                f"read_parquet({sql_str(str(self.path))}, file_row_number=true))")


@dataclass
class Discovery:
    """What a folder holds: readable sources, ignored files and problems found in headers."""

    sources: list[Source]
    ignored: list[str]
    problems: list[RowProblem]


def _csv_header(path: Path) -> tuple[tuple[str, ...] | None, RowProblem | None]:
    """Read the header line of a CSV file in Python (no sniffing surprises)."""
    with path.open("rb") as fh:
        first = fh.readline(MAX_LINE_BYTES)
    if not first:
        return None, RowProblem(path.name, None, None, None, msg.reason("empty_file"), msg.hint("empty_file"))
    try:
        text = first.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, RowProblem(path.name, 1, None, None, msg.reason("encoding", byte=exc.start),
                                msg.hint("encoding"))
    row = next(csv.reader(io.StringIO(text)), [])
    names = tuple(c.strip() for c in row)
    return names, None


def _parquet_header(con: duckdb.DuckDBPyConnection, path: Path) -> tuple[tuple[str, ...] | None, tuple[str, ...],
                                                                         RowProblem | None]:
    try:
        rows = con.execute(f"DESCRIBE SELECT * FROM read_parquet({sql_str(str(path))})").fetchall()
    except duckdb.Error as exc:
        detail = str(exc).splitlines()[0]
        return None, (), RowProblem(path.name, None, None, None, msg.reason("bad_parquet", detail=detail),
                                    msg.hint("bad_parquet"))
    return tuple(r[0] for r in rows), tuple(str(r[1]) for r in rows), None


def _header_problems(path: Path, table: Table, names: tuple[str, ...]) -> list[RowProblem]:
    problems: list[RowProblem] = []
    seen: set[str] = set()
    for n in names:
        if not n:
            problems.append(RowProblem(path.name, 1, None, None, msg.reason("empty_header"), msg.hint("empty_header")))
        elif n in seen:
            problems.append(RowProblem(path.name, 1, n, None, msg.reason("duplicate_header", column=n),
                                       msg.hint("duplicate_header", column=n)))
        seen.add(n)
    delim = next((d for d in ";\t|" if len(names) == 1 and d in names[0]), None)
    for req in table.required:
        if req not in seen:
            fix = (msg.hint("wrong_delimiter", delim=delim) if delim else
                   msg.hint("missing_column", column=req, found=", ".join(names) or "none"))
            problems.append(RowProblem(path.name, 1, req, None, msg.reason("missing_column", column=req), fix))
    return problems


def discover(con: duckdb.DuckDBPyConnection, folder: Path) -> Discovery:
    """List the folder: one Source per table file, unknown files ignored, header problems reported."""
    if not folder.is_dir():
        return Discovery([], [], [RowProblem(str(folder), None, None, None, msg.reason("no_folder"),
                                             msg.hint("no_folder"))])
    by_table: dict[str, list[Path]] = {}
    ignored: list[str] = []
    root = folder.resolve()
    outside: list[RowProblem] = []
    for p in sorted(folder.iterdir()):
        fmt = FORMATS.get(p.suffix.lower())
        if p.is_symlink() and not p.resolve().is_relative_to(root):
            # never opened, and its target never named: a link may point at a secret (/etc/shadow)
            if fmt and p.stem in TABLES:
                outside.append(RowProblem(p.name, None, None, None, msg.reason("symlink_outside"),
                                          msg.hint("symlink_outside")))
            else:
                ignored.append(p.name)
            continue
        if p.is_file() and fmt and p.stem in TABLES:
            by_table.setdefault(p.stem, []).append(p)
        else:
            ignored.append(p.name)
    sources: list[Source] = []
    problems: list[RowProblem] = outside
    for name in LOAD_ORDER:
        paths = by_table.get(name, [])
        if len(paths) > 1:
            files = ", ".join(p.name for p in paths)
            problems.append(RowProblem(paths[0].name, None, None, None, msg.reason("two_files", table=name, files=files),
                                       msg.hint("two_files")))
            continue
        if not paths:
            continue
        path = paths[0]
        fmt = FORMATS[path.suffix.lower()]
        types: tuple[str, ...] = ()
        if fmt == "csv":
            names, problem = _csv_header(path)
        else:
            names, types, problem = _parquet_header(con, path)
        if problem:
            problems.append(problem)
            continue
        assert names is not None
        if len(names) > MAX_COLUMNS:
            problems.append(RowProblem(path.name, 1, None, None,
                                       msg.reason("too_many_columns", count=len(names), cap=MAX_COLUMNS),
                                       msg.hint("too_many_columns")))
            continue
        header = _header_problems(path, TABLES[name], names)
        problems += header
        if not header:
            sources.append(Source(TABLES[name], path, fmt, names, types))  # type: ignore[arg-type]
    if not any(n in by_table for n in ("events", "feedback")):
        problems.append(RowProblem(folder.name or str(folder), None, None, None, msg.reason("no_core_table"),
                                   msg.hint("no_core_table")))
    return Discovery(sources, ignored, problems)
