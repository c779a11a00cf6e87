"""The port every query engine plugs into: read-only queries with a time limit, a row cap and truncation.

Analyses and the semantic layer write DuckDB SQL once; an engine runs it, in its own dialect
when it is not DuckDB (knowledge/engines/spark.py transpiles with sqlglot). The guarantees of
the gateway (../../docs/ARCHITECTURE.md "Gateway") are part of this interface, so they hold on
every engine: only reads, a time limit that really stops the query, a row cap that says when
it cut, and limits that callers may lower, never raise (STYLE.md habit 18).
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, Any, Sequence

import sqlglot
from sqlglot import exp

from knowledge.errors import QueryRejectedError

if TYPE_CHECKING:  # the result type lives beside the DuckDB gateway, which imports this module
    from knowledge.gateway import QueryResult

class Engine(ABC):
    """Read-only access to the journey tables of one workspace, on some SQL engine."""

    name: str = "engine"
    dialect: str = "duckdb"       # sqlglot dialect the engine executes
    timeout_s: float
    row_cap: int
    max_rows: int
    max_cell_chars: int

    @abstractmethod
    def query(self, sql: str, params: Sequence[Any] | None = None, *,
              row_cap: int | None = None, timeout_s: float | None = None) -> "QueryResult":
        """Run one read query written in DuckDB SQL; raise QueryTimeoutError past the time limit."""

    def query_untrusted(self, sql: str, *, row_cap: int | None = None,
                        timeout_s: float | None = None) -> "QueryResult":
        """Run guarded free-form SQL (already checked by knowledge/sql_guard.py) under the same limits, long
        text cells cut to max_cell_chars. Engines that run it apart (DuckDB: a child process) override this."""
        res = self.query(sql, row_cap=row_cap, timeout_s=timeout_s)
        lim = self.max_cell_chars
        res.rows = [tuple(v[:lim] + "…" if isinstance(v, str) and len(v) > lim else v for v in r) for r in res.rows]
        return res

    @abstractmethod
    def tables(self) -> set[str]:
        """Names of the journey tables this engine can read (derived tables may be missing)."""

    @abstractmethod
    def table_columns(self) -> dict[str, list[str]]:
        """Tables and their columns (for the SQL guard and describe_data)."""

    @property
    @abstractmethod
    def generation(self) -> tuple[Any, ...]:
        """Changes whenever the data behind the engine was reloaded (a cache key)."""

    @abstractmethod
    def close(self) -> None:
        """Release connections and sessions."""

    def scalar(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        return self.query(sql, params, row_cap=1).scalar()

    def effective_limits(self, row_cap: int | None = None, timeout_s: float | None = None) -> tuple[int, float]:
        """(row cap, time limit) for one query: the caller's values when lower, never higher."""
        cap = self.row_cap if row_cap is None else (self.max_rows if row_cap <= 0 else min(row_cap, self.max_rows))
        limit = self.timeout_s if timeout_s is None else min(max(timeout_s, 0.001), self.timeout_s)
        return cap, limit


def require_single_query(sql: str, read: str = "duckdb") -> exp.Expression:
    """Parse SQL and accept only one query (SELECT, UNION, ...): the read-only rule for engines
    whose session could also write (a Spark session can create or drop tables)."""
    try:
        trees = [t for t in sqlglot.parse(sql, read=read) if t is not None]
    except sqlglot.errors.ParseError as exc:
        raise QueryRejectedError(f"the statement could not be parsed: {str(exc).splitlines()[0]}",
                                 hint="send one SELECT statement") from None
    writes = (exp.Insert, exp.Update, exp.Delete, exp.Create, exp.Drop, exp.Alter, exp.Command, exp.Merge)
    if len(trees) != 1 or not isinstance(trees[0], exp.Query) or trees[0].find(*writes) is not None:
        raise QueryRejectedError("only one read query (SELECT) may run", hint="send one SELECT statement",
                                 code="read_only")
    return trees[0]
