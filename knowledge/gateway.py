"""The one door every read query goes through: read-only, time-limited, row-capped.

Modelled on datasette's `Database.execute`. Each query runs on its own cursor (DuckDB 2.0
leaves a half-read result on a connection after `fetchone()`, breaking the next call), a
timer really interrupts DuckDB when the time limit passes, results are capped and say so.
When ingestion swaps in a new database file, the gateway notices and reopens.
"""
from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import duckdb

from knowledge.errors import QueryError, QueryTimeoutError, WorkspaceError

DEFAULT_TIMEOUT_S = 10.0
DEFAULT_ROW_CAP = 10_000


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


class Gateway:
    """Read-only access to one workspace database file."""

    def __init__(self, db_path: str | os.PathLike[str], *, timeout_s: float = DEFAULT_TIMEOUT_S,
                 row_cap: int = DEFAULT_ROW_CAP, threads: int = 2, memory_limit: str | None = None) -> None:
        self.db_path = Path(db_path)
        self.timeout_s = timeout_s
        self.row_cap = row_cap
        self.threads = threads
        self.memory_limit = memory_limit
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._identity: tuple[int, int, int] | None = None

    # -- connection management -------------------------------------------------------------
    def _file_identity(self) -> tuple[int, int, int]:
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
                config: dict[str, Any] = {"threads": self.threads, "enable_external_access": False}
                if self.memory_limit:
                    config["memory_limit"] = self.memory_limit
                try:
                    self._con = duckdb.connect(str(self.db_path), read_only=True, config=config)
                except duckdb.Error as exc:
                    raise WorkspaceError(f"cannot open {self.db_path}: {exc}",
                                         hint="is another program writing this file? retry in a moment") from exc
                self._identity = ident
            return self._con

    @property
    def generation(self) -> tuple[int, int, int]:
        """Changes whenever ingestion swapped in a new database file (used as a cache key)."""
        return self._file_identity()

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None

    # -- queries ---------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None, *,
              row_cap: int | None = None, timeout_s: float | None = None) -> QueryResult:
        """Run one read query; raise QueryTimeoutError past the time limit."""
        cap = self.row_cap if row_cap is None else row_cap
        limit = self.timeout_s if timeout_s is None else timeout_s
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
            rows = cur.fetchmany(cap + 1) if cap else cur.fetchall()
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
        truncated = bool(cap) and len(rows) > cap
        if truncated:
            rows = rows[:cap]
        return QueryResult(columns=columns, rows=[tuple(r) for r in rows], sql=sql,
                           truncated=truncated, elapsed_ms=(time.perf_counter() - start) * 1000,
                           params=params if isinstance(params, (list, tuple)) else None)

    def scalar(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        return self.query(sql, params, row_cap=1).scalar()

    def table_columns(self) -> dict[str, list[str]]:
        """Tables and their columns as they exist in the file (for the SQL guard and describe_data)."""
        res = self.query("SELECT table_name, column_name FROM information_schema.columns "
                         "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position",
                         row_cap=100_000)
        out: dict[str, list[str]] = {}
        for t, c in res.rows:
            out.setdefault(t, []).append(c)
        return out
