"""The ClickHouse engine, in process through chdb: the same DuckDB SQL, transpiled by sqlglot.

Everything ClickHouse-specific lives here: the session (one per data generation), the table
mapping (engine.yaml `tables:` Parquet paths, or the workspace's lake → views named like the
contract's tables), the dialect translation with the few rewrites sqlglot does not make, the
time limit (`max_execution_time`, enforced by ClickHouse itself), the row cap (`LIMIT cap + 1`)
and the read-only rule (one query, parsed first; the session is switched to readonly=2 once
its views exist). Parameters are written into the statement as literals (knowledge/sql_inline.py
renders each value through sqlglot, so no value can end its literal).
"""
from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any, Sequence

from sqlglot import exp

from knowledge.engines.base import Engine, require_single_query
from knowledge.engines.config import EngineConfig, is_path
from knowledge.errors import ConfigError, QueryError, QueryTimeoutError
from knowledge.gateway import (DEFAULT_MAX_CELL_CHARS, DEFAULT_MAX_ROWS, DEFAULT_ROW_CAP, DEFAULT_TIMEOUT_S,
                               QueryResult, read_generation)
from knowledge.sql_inline import inline_params

TIMEOUT_CODE = "TIMEOUT_EXCEEDED"


def _call(name: str, *args: exp.Expression) -> exp.Expression:
    return exp.Anonymous(this=name, expressions=list(args))


def _ordered_list(node: exp.ArrayAgg) -> exp.Expression:
    """list(v ORDER BY k1, k2): groupArray cannot order, so sort (k1, k2, v) tuples, keep the v's."""
    order = node.this
    keys = order.expressions
    if len({bool(k.args.get("desc")) for k in keys}) != 1:
        return node  # mixed directions: left for ClickHouse to reject with its own message
    tuples = _call("groupArray", exp.Tuple(expressions=[k.this for k in keys] + [order.this]))
    ordered = _call("arrayReverseSort" if keys[0].args.get("desc") else "arraySort", tuples)
    last = exp.Lambda(this=_call("tupleElement", exp.column("t"), exp.Literal.number(len(keys) + 1)),
                      expressions=[exp.to_identifier("t")])
    return _call("arrayMap", last, ordered)


def _rewrite(node: exp.Expression) -> exp.Expression:
    # DuckDB's epoch(ts) is seconds with the fraction; sqlglot writes TIME_TO_UNIX, unknown to ClickHouse
    if isinstance(node, exp.TimeToUnix):
        return exp.Div(this=exp.Anonymous(this="toUnixTimestamp64Micro", expressions=[
            exp.Anonymous(this="toDateTime64", expressions=[node.this, exp.Literal.number(6)])]),
            expression=exp.Literal.number("1e6"))
    # DuckDB rounds a half away from zero (0.72965 -> 0.7297); ClickHouse rounds floats to even
    if isinstance(node, exp.Round):
        x = node.this.transform(_rewrite)
        scale = exp.Pow(this=exp.Literal.number(10), expression=node.args.get("decimals") or exp.Literal.number(0))
        away = _call("floor", exp.Add(this=exp.Mul(this=_call("abs", x), expression=scale),
                                      expression=exp.Literal.number("0.5")))
        return exp.Div(this=exp.Mul(this=_call("sign", x.copy()), expression=exp.paren(away)), expression=scale.copy())
    if isinstance(node, exp.ArrayAgg) and isinstance(node.this, exp.Order):
        return _ordered_list(node)
    # all matches of the whole pattern (both are RE2); sqlglot keeps the unknown REGEXP_EXTRACT_ALL
    group = node.args.get("group") if isinstance(node, exp.RegexpExtractAll) else None
    if isinstance(node, exp.RegexpExtractAll) and (group is None or group.sql() == "0"):
        return _call("extractAll", node.this.transform(_rewrite), node.expression)
    # DuckDB's lower/upper are Unicode-aware; ClickHouse's plain ones change ASCII letters only
    if isinstance(node, (exp.Lower, exp.Upper)):
        return exp.Anonymous(this="lowerUTF8" if isinstance(node, exp.Lower) else "upperUTF8", expressions=[node.this])
    return node


def to_clickhouse_sql(sql: str) -> str:
    """DuckDB SQL (parameters already inlined) → ClickHouse SQL (one read query, else QueryRejectedError)."""
    return require_single_query(sql).transform(_rewrite).sql(dialect="clickhouse")


def _source(location: str) -> str:
    # a folder holds Parquet files, or day=... partition folders of them (the events of the lake)
    if location.endswith(".parquet"):
        glob = location
    else:
        glob = location.rstrip("/") + ("/**/*.parquet" if any(Path(location).glob("*=*")) else "/*.parquet")
    return "file(" + exp.Literal.string(glob).sql(dialect="clickhouse") + ", Parquet)"


def _naive(column: Any) -> Any:
    """A timestamp column without its time zone (UTC wall clock), like the naive ones DuckDB returns."""
    import pyarrow as pa

    if pa.types.is_timestamp(column.type) and column.type.tz is not None:
        return column.cast(pa.timestamp(column.type.unit))
    return column


class ClickHouseEngine(Engine):
    """Read-only queries on ClickHouse in this process (chdb) over Parquet tables."""

    name = "clickhouse"
    dialect = "clickhouse"

    def __init__(self, config: EngineConfig, *, timeout_s: float = DEFAULT_TIMEOUT_S, row_cap: int = DEFAULT_ROW_CAP,
                 max_rows: int = DEFAULT_MAX_ROWS, max_cell_chars: int = DEFAULT_MAX_CELL_CHARS,
                 generation_path: str | Path | None = None) -> None:
        bad = sorted(f"{t}: {loc}" for t, loc in config.tables.items() if not is_path(loc))
        if not config.tables or bad:
            raise ConfigError("the ClickHouse engine reads Parquet paths" + (f", not {'; '.join(bad)}" if bad else ""),
                              hint="map each table to a Parquet file or folder in engine.yaml, "
                                   "or run `journey ingest DIR --engine spark` to write the workspace lake",
                              code="bad_engine_config")
        self.config = config
        self.timeout_s = timeout_s
        self.row_cap = row_cap
        self.max_rows = max(max_rows, row_cap)
        self.max_cell_chars = max_cell_chars
        self.generation_path = Path(generation_path) if generation_path else None
        self._lock = threading.Lock()
        self._session: Any = None
        self._session_gen: tuple[Any, ...] | None = None

    def session(self) -> Any:
        """The chdb session whose views show the current data (a new one after a reload)."""
        try:
            from chdb import session as chdb_session
        except ImportError as exc:
            raise ConfigError("the ClickHouse engine needs chdb", hint="pip install chdb",
                              code="engine_unavailable") from exc
        gen = self.generation
        with self._lock:
            if self._session is None or self._session_gen != gen:
                if self._session is not None:
                    self._session.close()
                s = chdb_session.Session()
                # outer joins give NULL for a missing side, as in SQL (ClickHouse's default is 0 / '')
                s.query("SET join_use_nulls = 1")
                s.query("SET session_timezone = 'UTC'")  # naive timestamps everywhere, as DuckDB stores them
                for name, location in self.config.tables.items():
                    s.query(f"CREATE VIEW {name} AS SELECT * FROM {_source(location)}")
                s.query("SET readonly = 2")  # no more DDL in this session (settings may still change)
                self._session, self._session_gen = s, gen
            return self._session

    @property
    def generation(self) -> tuple[Any, ...]:
        number = read_generation(self.generation_path) if self.generation_path else None
        if number is not None:
            return (number,)
        return tuple(Path(loc).stat().st_mtime_ns if Path(loc).exists() else 0 for loc in self.config.tables.values())

    def tables(self) -> set[str]:
        return set(self.config.tables)

    def table_columns(self) -> dict[str, list[str]]:
        return {name: self.query(f"SELECT * FROM {name} LIMIT 0").columns for name in sorted(self.config.tables)}

    def close(self) -> None:
        with self._lock:
            s, self._session = self._session, None
        if s is not None:
            s.close()

    def query(self, sql: str, params: Sequence[Any] | None = None, *,
              row_cap: int | None = None, timeout_s: float | None = None) -> QueryResult:
        """Run one read query (DuckDB SQL with ? parameters) on ClickHouse under the limits."""
        cap, limit = self.effective_limits(row_cap, timeout_s)
        text = to_clickhouse_sql(inline_params(sql, params))
        wrapped = f"SELECT * FROM ({text}) LIMIT {cap + 1} SETTINGS max_execution_time = {max(limit, 0.001):g}"
        start = time.perf_counter()
        try:
            table = self.session().query(wrapped, "ArrowTable")
        except ConfigError:
            raise
        except Exception as exc:  # chdb raises RuntimeError with ClickHouse's message and code name
            message = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
            if TIMEOUT_CODE in str(exc):
                raise QueryTimeoutError(f"the query took longer than {limit:g} s and was stopped",
                                        hint="narrow the period or filters") from None
            raise QueryError(f"query failed on ClickHouse: {message}",
                             hint="check table and column names with describe_data") from None
        # by position: two output columns may share a name (SELECT count(*), NULL, NULL)
        rows = list(zip(*(_naive(c).to_pylist() for c in table.columns))) if table.num_columns else []
        truncated = len(rows) > cap
        return QueryResult(columns=list(table.column_names), rows=rows[:cap], sql=sql, truncated=truncated,
                           elapsed_ms=(time.perf_counter() - start) * 1000,
                           params=params if isinstance(params, (list, tuple)) else None)
