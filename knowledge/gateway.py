"""The one door every read query goes through: read-only, time-limited, row-capped.

Modelled on datasette's `Database.execute`. Each query runs on its own cursor (DuckDB 2.0
leaves a half-read result on a connection after `fetchone()`, breaking the next call), a
timer really interrupts DuckDB when the time limit passes, results are capped and say so.
When ingestion swaps in a new database file, the gateway notices and reopens.

Limits only go down: the constructor sets the ceilings (time, rows, memory, threads, temp
space) and a caller may ask for less, never more. SQL that did not come from the semantic
layer runs through `query_untrusted`, in a child process with a memory limit (RLIMIT_DATA) that is
killed at the time limit: DuckDB's interrupt is not checked everywhere (building one huge
list with `generate_series` ignores it and grows without bound), so only a process boundary
gives a real stop for arbitrary SQL.
"""
from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import duckdb

from knowledge.engines.base import Engine
from knowledge.errors import QueryError, QueryTimeoutError, WorkspaceError
from knowledge.worker import ProcessWorker, WorkerBusy, WorkerDied, WorkerError, WorkerTimeout

DEFAULT_TIMEOUT_S = 10.0
DEFAULT_ROW_CAP = 10_000
DEFAULT_MAX_ROWS = 1_000_000  # ceiling for callers that ask for "all rows" (row_cap=0)
DEFAULT_MEMORY_LIMIT = "1GB"
DEFAULT_TEMP_LIMIT = "2GB"
DEFAULT_UNTRUSTED_MEMORY_MB = 1024
DEFAULT_MAX_CELL_CHARS = 2000


@dataclass
class QueryResult:
    """Rows of one query plus how they were obtained."""

    columns: list[str]
    rows: list[tuple[Any, ...]]
    sql: str
    truncated: bool = False
    elapsed_ms: float = 0.0
    params: Sequence[Any] | None = field(default=None, repr=False)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r)) for r in self.rows]

    def scalar(self) -> Any:
        return self.rows[0][0] if self.rows else None

    def column(self, name: str) -> list[Any]:
        i = self.columns.index(name)
        return [r[i] for r in self.rows]


class Gateway(Engine):
    """Read-only access to one workspace database file: the DuckDB engine (the embedded default)."""

    name = "duckdb"
    dialect = "duckdb"

    def __init__(self, db_path: str | os.PathLike[str], *, timeout_s: float = DEFAULT_TIMEOUT_S,
                 row_cap: int = DEFAULT_ROW_CAP, threads: int = 2, memory_limit: str | None = DEFAULT_MEMORY_LIMIT,
                 temp_limit: str | None = DEFAULT_TEMP_LIMIT, max_rows: int = DEFAULT_MAX_ROWS,
                 untrusted_memory_mb: int = DEFAULT_UNTRUSTED_MEMORY_MB,
                 max_cell_chars: int = DEFAULT_MAX_CELL_CHARS,
                 generation_path: str | os.PathLike[str] | None = None) -> None:
        self.db_path = Path(db_path)
        self.timeout_s = timeout_s
        self.row_cap = row_cap
        self.max_rows = max(max_rows, row_cap)
        self.threads = max(1, int(threads))
        self.memory_limit = memory_limit
        self.temp_limit = temp_limit
        self.untrusted_memory_mb = untrusted_memory_mb
        self.max_cell_chars = max_cell_chars
        # ingestion writes this number after the database swap AND the index sync; when it
        # exists, it (not the file's inode) decides when to reopen, so DuckDB and Chroma move together
        self.generation_path = Path(generation_path) if generation_path else None
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._identity: tuple[int, ...] | None = None
        self._worker: ProcessWorker | None = None

    def config(self) -> dict[str, Any]:
        """DuckDB settings every connection of this gateway gets (the child process's too)."""
        config: dict[str, Any] = {"threads": self.threads, "enable_external_access": False}
        if self.memory_limit:
            config["memory_limit"] = self.memory_limit
        if self.temp_limit:
            config["max_temp_directory_size"] = self.temp_limit
        return config

    def effective_limits(self, row_cap: int | None = None, timeout_s: float | None = None) -> tuple[int, float]:
        """(row cap, time limit) for one query: the caller's values when lower, never higher."""
        cap = self.row_cap if row_cap is None else (self.max_rows if row_cap <= 0 else min(row_cap, self.max_rows))
        limit = self.timeout_s if timeout_s is None else min(max(timeout_s, 0.001), self.timeout_s)
        return cap, limit

    # -- connection management -------------------------------------------------------------
    def _file_identity(self) -> tuple[int, ...]:
        number = read_generation(self.generation_path) if self.generation_path else None
        if number is not None and self.db_path.is_file():
            return (number,)
        try:
            st = self.db_path.stat()
        except FileNotFoundError as exc:
            raise WorkspaceError(f"database file {self.db_path} does not exist",
                                 hint="run `journey demo` or `journey ingest DIR` first",
                                 code="empty_workspace") from exc
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _connection(self) -> duckdb.DuckDBPyConnection:
        ident = self._file_identity()
        with self._lock:
            if self._con is None or ident != self._identity:
                if self._con is not None:
                    # Close first: DuckDB caches open database instances by path, so opening
                    # before closing would hand back the old file. Cursors of queries still
                    # running keep the old instance alive until they finish.
                    try:
                        self._con.close()
                    except duckdb.Error:
                        pass
                    self._con = None
                try:
                    self._con = duckdb.connect(str(self.db_path), read_only=True, config=self.config())
                except duckdb.Error as exc:
                    raise WorkspaceError(f"cannot open {self.db_path}: {exc}",
                                         hint="is another program writing this file? retry in a moment") from exc
                self._identity = ident
            return self._con

    @property
    def generation(self) -> tuple[int, ...]:
        """Changes whenever ingestion swapped in a new database file (used as a cache key)."""
        return self._file_identity()

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None
            worker, self._worker = self._worker, None
        if worker is not None:
            worker.close()

    # -- queries ---------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None, *,
              row_cap: int | None = None, timeout_s: float | None = None) -> QueryResult:
        """Run one read query; raise QueryTimeoutError past the time limit (callers may only lower limits)."""
        cap, limit = self.effective_limits(row_cap, timeout_s)
        cur = self._connection().cursor()
        timed_out = threading.Event()

        def _interrupt() -> None:
            timed_out.set()
            cur.interrupt()

        timer = threading.Timer(limit, _interrupt)
        timer.daemon = True
        start = time.perf_counter()
        timer.start()
        try:
            cur.execute(sql, params) if params is not None else cur.execute(sql)
            columns = [d[0] for d in (cur.description or [])]
            rows = cur.fetchmany(cap + 1)
        except duckdb.InterruptException as exc:
            raise QueryTimeoutError(f"the query took longer than {limit:g} s and was stopped",
                                    hint="narrow the period or filters, or raise JOURNEY_QUERY_TIMEOUT_S") from exc
        except duckdb.Error as exc:
            if timed_out.is_set():
                raise QueryTimeoutError(f"the query took longer than {limit:g} s and was stopped",
                                        hint="narrow the period or filters") from exc
            raise QueryError(f"query failed: {exc}".split("\n")[0],
                             hint="check table and column names with describe_data") from exc
        finally:
            timer.cancel()
            try:
                cur.close()
            except duckdb.Error:
                pass
        truncated = len(rows) > cap
        if truncated:
            rows = rows[:cap]
        return QueryResult(columns=columns, rows=[tuple(r) for r in rows], sql=sql,
                           truncated=truncated, elapsed_ms=(time.perf_counter() - start) * 1000,
                           params=params if isinstance(params, (list, tuple)) else None)

    def query_untrusted(self, sql: str, *, row_cap: int | None = None,
                        timeout_s: float | None = None) -> QueryResult:
        """Run SQL that did not come from the semantic layer in the killable child process.

        The child has the same DuckDB settings plus a memory limit (RLIMIT_DATA, see ProcessWorker); long text cells are
        cut to `max_cell_chars` there, so a huge value never crosses into the server.
        """
        cap, limit = self.effective_limits(row_cap, timeout_s)
        ident = self._file_identity()
        with self._lock:
            if self._worker is None:
                self._worker = ProcessWorker(_run_in_child, memory_bytes=self.untrusted_memory_mb * 1024 * 1024,
                                             resource_name="RLIMIT_DATA", name="journey-sql")
            worker = self._worker
        config = self.config()
        # DuckDB's own budget stays well inside the child's memory limit, so it fails with
        # a clean out-of-memory error before the OS refuses an allocation mid-operator
        config["memory_limit"] = f"{max(64, self.untrusted_memory_mb // 2)}MB"
        request = {"db": str(self.db_path), "identity": ident, "config": config, "sql": sql,
                   "row_cap": cap, "max_cell_chars": self.max_cell_chars}
        start = time.perf_counter()
        try:
            columns, rows, truncated = worker.call(request, timeout_s=limit)
        except (WorkerTimeout, WorkerBusy) as exc:
            raise QueryTimeoutError(f"the query took longer than {limit:g} s and was stopped",
                                    hint="narrow the period or filters; ask for fewer rows") from exc
        except WorkerDied as exc:
            raise QueryError("the query needed more memory than allowed and was stopped",
                             hint="ask for fewer rows or a narrower period", code="query_too_large") from exc
        except WorkerError as exc:
            if exc.kind in ("OutOfMemoryException", "memory"):
                worker.close()  # its allocator may keep what it grabbed: start afresh
                raise QueryError("the query needed more memory than allowed and was stopped",
                                 hint="ask for fewer rows or a narrower period", code="query_too_large") from None
            raise QueryError(f"query failed: {exc.message}".split("\n")[0][:300],
                             hint="check table and column names with describe_data") from None
        return QueryResult(columns=columns, rows=rows, sql=sql, truncated=truncated,
                           elapsed_ms=(time.perf_counter() - start) * 1000)

    def scalar(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        return self.query(sql, params, row_cap=1).scalar()

    def tables(self) -> set[str]:
        """Names of the tables in the workspace file (derived tables may be missing)."""
        # duckdb_tables() costs ~1 ms where information_schema.columns costs ~8 ms
        return {r[0] for r in self.query("SELECT table_name FROM duckdb_tables()", row_cap=100_000).rows}

    def table_columns(self) -> dict[str, list[str]]:
        """Tables and their columns as they exist in the file (for the SQL guard and describe_data)."""
        res = self.query("SELECT table_name, column_name FROM information_schema.columns "
                         "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position",
                         row_cap=100_000)
        out: dict[str, list[str]] = {}
        for t, c in res.rows:
            out.setdefault(t, []).append(c)
        return out


def read_generation(path: Path | None) -> int | None:
    """The workspace generation number ingestion wrote, or None when there is none yet."""
    if path is None:
        return None
    try:
        return int(path.read_text(encoding="ascii").strip() or 0)
    except (OSError, ValueError):
        return None


# -- the child process side of query_untrusted ------------------------------------------------
# State of the child process only (one connection reused across requests); the server never
# touches these globals.
_CHILD: dict[str, Any] = {}


def _cut(value: Any, limit: int) -> Any:
    if isinstance(value, str) and len(value) > limit:
        return value[:limit] + "…"
    if isinstance(value, (bytes, bytearray)) and len(value) > limit:
        return bytes(value[:limit])
    if isinstance(value, (list, tuple)) and len(value) > 100:
        return [_cut(v, limit) for v in value[:100]] + ["…"]
    if isinstance(value, dict) and len(str(value)) > limit:
        return str(value)[:limit] + "…"
    return value


def _cut_text_columns(cur: Any, sql: str, limit: int) -> str:
    """The query with its text columns cut to `limit` + 1 characters inside DuckDB, so a huge value
    (`repeat('a', 1000000)`) is never held whole for every row; unchanged when names repeat."""
    described = cur.execute(f"DESCRIBE {sql}").fetchall()
    names = [r[0] for r in described]
    if len(set(names)) != len(names) or not any(r[1] == "VARCHAR" for r in described):
        return sql
    quoted = ['"' + n.replace('"', '""') + '"' for n in names]
    cols = [f"left({q}, {limit + 1}) AS {q}" if r[1] == "VARCHAR" else q for q, r in zip(quoted, described)]
    return f"SELECT {', '.join(cols)} FROM ({sql}) AS _q"


def _run_in_child(request: dict[str, Any]) -> tuple[list[str], list[tuple[Any, ...]], bool]:
    key = (request["db"], request["identity"])
    if _CHILD.get("key") != key:
        old = _CHILD.pop("con", None)
        if old is not None:
            old.close()
        _CHILD["con"] = duckdb.connect(request["db"], read_only=True, config=request["config"])
        _CHILD["key"] = key
    cur = _CHILD["con"].cursor()
    try:
        cur.execute(_cut_text_columns(cur, request["sql"], request["max_cell_chars"]))
        columns = [d[0] for d in (cur.description or [])]
        cap = request["row_cap"]
        rows = cur.fetchmany(cap + 1)
    finally:
        cur.close()
    limit = request["max_cell_chars"]
    out = [tuple(_cut(v, limit) for v in r) for r in rows[:cap]]
    return columns, out, len(rows) > cap
