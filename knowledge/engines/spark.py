"""The Spark engine: the same DuckDB SQL, transpiled by sqlglot, run through Spark Connect or a local master.

Everything Spark-specific lives here: the session, the table mapping (engine.yaml → temporary
views named like the contract's tables), the dialect translation, the time limit (a job tag
that is interrupted, which cancels the running Spark jobs), the row cap (LIMIT cap + 1 pushed
into the plan) and the lake that `journey ingest --engine spark` writes.

Read-only: a Spark session could create or drop tables, so every statement is parsed first and
must be one query (base.require_single_query); the views are temporary and per session.
"""
from __future__ import annotations

import logging
import threading
import time
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any, Sequence

from knowledge.engines.base import Engine, require_single_query
from knowledge.engines.config import EngineConfig, is_path
from knowledge.errors import ConfigError, QueryError, QueryTimeoutError
from knowledge.gateway import (DEFAULT_MAX_CELL_CHARS, DEFAULT_MAX_ROWS, DEFAULT_ROW_CAP, DEFAULT_TIMEOUT_S,
                               QueryResult, read_generation)
from knowledge.workspace import Workspace

LAKE_DIR = "lake"
LAKE_TABLES = ("touchpoints", "journeys", "customers", "events", "orders", "feedback", "experiments")
# naive timestamps everywhere, as the DuckDB file stores them (knowledge/ingest/checks.py)
SESSION_CONF = {"spark.sql.session.timeZone": "UTC", "spark.sql.timestampType": "TIMESTAMP_NTZ",
                "spark.sql.ansi.enabled": "false"}


def lake_tables(ws: Workspace) -> dict[str, str]:
    """The workspace's own lake (written by `journey ingest --engine spark`): table → Parquet folder,
    derived tables included when Spark computed them."""
    from knowledge.derived import DERIVED_TABLES

    root = ws.root / LAKE_DIR
    return {t: str(root / t) for t in (*LAKE_TABLES, *DERIVED_TABLES) if (root / t).is_dir()}


def to_spark_sql(sql: str) -> str:
    """DuckDB SQL → Spark SQL (one read query, else QueryRejectedError)."""
    return require_single_query(sql).sql(dialect="spark")


def _value(v: Any) -> Any:
    # Spark returns DECIMAL for exact arithmetic where DuckDB returns DOUBLE; callers expect floats
    return float(v) if isinstance(v, Decimal) else v


class SparkEngine(Engine):
    """Read-only queries on Spark (Spark Connect `remote`, or a `master` such as local[2])."""

    name = "spark"
    dialect = "spark"

    def __init__(self, config: EngineConfig, *, timeout_s: float = DEFAULT_TIMEOUT_S, row_cap: int = DEFAULT_ROW_CAP,
                 max_rows: int = DEFAULT_MAX_ROWS, max_cell_chars: int = DEFAULT_MAX_CELL_CHARS,
                 generation_path: str | Path | None = None, session: Any = None) -> None:
        if not config.tables:
            raise ConfigError("the Spark engine has no tables to read",
                              hint="map them in engine.yaml (tables: {events: lake.journey_events, ...}) "
                                   "or run `journey ingest DIR --engine spark`", code="bad_engine_config")
        self.config = config
        self.timeout_s = timeout_s
        self.row_cap = row_cap
        self.max_rows = max(max_rows, row_cap)
        self.max_cell_chars = max_cell_chars
        self.generation_path = Path(generation_path) if generation_path else None
        self._session = session
        self._owns_session = session is None
        self._registered: tuple[Any, ...] | None = None
        self._lock = threading.Lock()
        self._sql_cache: dict[str, str] = {}

    # -- session and tables ----------------------------------------------------------------
    def _build_session(self) -> Any:
        try:
            from pyspark.sql import SparkSession
        except ImportError as exc:
            raise ConfigError("the Spark engine needs PySpark", hint="pip install 'pyspark[connect]>=4.0,<5'",
                              code="engine_unavailable") from exc
        builder = SparkSession.builder.appName("journey")
        if self.config.remote:
            builder = builder.remote(self.config.remote)
        else:
            # one machine: a few shuffle partitions, not the cluster default of 200
            builder = (builder.master(self.config.master or "local[2]").config("spark.ui.enabled", "false")
                       .config("spark.ui.showConsoleProgress", "false").config("spark.sql.shuffle.partitions", "4"))
        for k, v in self.config.conf.items():
            builder = builder.config(k, v)
        # PySpark logs every failed query with its JVM stack trace on stderr; query() reports the
        # error itself (QueryError with Spark's first line), so the trace would only be noise
        logging.getLogger("SQLQueryContextLogger").setLevel(logging.CRITICAL)
        try:
            spark = builder.getOrCreate()
        except Exception as exc:  # the JVM or the Connect server could not be reached
            where = self.config.remote or self.config.master or "local[2]"
            raise ConfigError(f"cannot start a Spark session on {where}: {str(exc).splitlines()[0][:300]}",
                              hint="is the Spark Connect server running, and Java 17 installed?",
                              code="engine_unavailable") from None
        return spark

    def session(self) -> Any:
        """The Spark session with every mapped table registered as a view (re-registered after a reload)."""
        with self._lock:
            if self._session is None:
                self._session = self._build_session()
            spark = self._session
            gen = self.generation
            if self._registered != gen:
                for k, v in SESSION_CONF.items():
                    spark.conf.set(k, v)
                for name, location in self.config.tables.items():
                    df = spark.read.parquet(location) if is_path(location) else spark.table(location)
                    (df.cache() if self.config.cache else df).createOrReplaceTempView(name)
                self._registered = gen
            return spark

    @property
    def generation(self) -> tuple[Any, ...]:
        number = read_generation(self.generation_path) if self.generation_path else None
        if number is not None:
            return (number,)
        stamps = []
        for location in self.config.tables.values():
            p = Path(location)
            stamps.append(p.stat().st_mtime_ns if is_path(location) and p.exists() else 0)
        return tuple(stamps)

    def tables(self) -> set[str]:
        return set(self.config.tables)

    def table_columns(self) -> dict[str, list[str]]:
        spark = self.session()
        return {name: list(spark.table(name).columns) for name in sorted(self.config.tables)}

    def close(self) -> None:
        with self._lock:
            spark, self._session = self._session, None
            self._registered = None
        if spark is not None and self._owns_session:
            spark.stop()

    # -- queries ---------------------------------------------------------------------------
    def translate(self, sql: str) -> str:
        """The Spark SQL run for a DuckDB statement (cached: analyses repeat their statements)."""
        out = self._sql_cache.get(sql)
        if out is None:
            out = self._sql_cache[sql] = to_spark_sql(sql)
        return out

    def query(self, sql: str, params: Sequence[Any] | None = None, *,
              row_cap: int | None = None, timeout_s: float | None = None) -> QueryResult:
        """Run one read query (DuckDB SQL with ? parameters) on Spark under the limits."""
        cap, limit = self.effective_limits(row_cap, timeout_s)
        spark_sql = self.translate(sql)
        spark = self.session()
        tag = f"journey-{uuid.uuid4().hex}"
        timed_out = threading.Event()

        def _interrupt() -> None:
            timed_out.set()
            spark.interruptTag(tag)

        spark.addTag(tag)
        timer = threading.Timer(limit, _interrupt)
        timer.daemon = True
        start = time.perf_counter()
        timer.start()
        try:
            df = spark.sql(spark_sql, args=list(params)) if params else spark.sql(spark_sql)
            columns = list(df.columns)
            rows = df.limit(cap + 1).collect()
        except Exception as exc:  # pyspark raises its own hierarchy (and grpc errors on Connect)
            if timed_out.is_set():
                raise QueryTimeoutError(f"the query took longer than {limit:g} s and was stopped",
                                        hint="narrow the period or filters") from None
            raise QueryError(f"query failed on Spark: {str(exc).strip().splitlines()[0][:300]}",
                             hint="check table and column names with describe_data") from None
        finally:
            timer.cancel()
            spark.removeTag(tag)
        truncated = len(rows) > cap
        out = [tuple(_value(v) for v in r) for r in rows[:cap]]
        return QueryResult(columns=columns, rows=out, sql=sql, truncated=truncated,
                           elapsed_ms=(time.perf_counter() - start) * 1000,
                           params=params if isinstance(params, (list, tuple)) else None)


def export_lake(ws: Workspace, spark: EngineConfig | None = None, *, session: Any = None) -> dict[str, str]:
    """Write the workspace's lake from its (validated, just swapped-in) DuckDB file.

    With a Spark configuration (engine.yaml's remote or master), Spark then computes the derived
    tables from the lake's base tables; without one the lake holds the base tables only, and
    the analyses sessionise raw events on Spark.
    """
    import duckdb

    con = duckdb.connect(str(ws.db_path), read_only=True)
    try:
        return write_lake(ws, con, spark, session=session)
    finally:
        con.close()


def write_lake(ws: Workspace, con: Any, spark: EngineConfig | None = None, *, session: Any = None) -> dict[str, str]:
    """Export the validated tables of a DuckDB connection as Parquet under WORKSPACE/lake/, then
    (given a Spark configuration) the derived tables computed by Spark.

    Events are partitioned by day (`day=YYYY-MM-DD` folders), so Spark prunes to the period.
    Everything is written beside the old lake and swapped in at the end: a failure leaves the
    old lake as it was. Returns table → folder (what engine.yaml maps when nothing else is).
    """
    import shutil

    root = ws.root / LAKE_DIR
    tmp = ws.root / (LAKE_DIR + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        for t in LAKE_TABLES:
            out = tmp / t
            if t == "events":
                con.execute(f"COPY (SELECT *, CAST(ts AS DATE) AS day FROM events) TO '{out}' "
                            "(FORMAT parquet, PARTITION_BY (day))")
                if not out.exists():  # no events: still a readable, empty table
                    out.mkdir()
                    con.execute(f"COPY (SELECT * FROM events LIMIT 0) TO '{out / 'part-0.parquet'}' (FORMAT parquet)")
            else:
                out.mkdir()
                con.execute(f"COPY (SELECT * FROM {t}) TO '{out / 'part-0.parquet'}' (FORMAT parquet)")
        if spark is not None:
            build_lake_derived(spark, tmp, session=session)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    shutil.rmtree(root, ignore_errors=True)
    tmp.rename(root)
    return lake_tables(ws)


WORK_SESSIONS_DIR = "work_sessions"  # no leading "_": Spark treats such paths as hidden


def build_lake_derived(spark: EngineConfig, lake: Path, *, session: Any = None) -> None:
    """Compute the derived tables (knowledge/derived.py's SELECTs, transpiled) with Spark from the
    base tables in `lake` and write each beside them as Parquet.

    As on DuckDB, events are sessionised once (here into a scratch Parquet folder, removed at the
    end) and every session table reads that. The lake folder must be reachable by the Spark
    driver and executors at the same path (local master, or a Connect server on a shared mount).
    """
    import shutil

    from knowledge.derived import FROM_SESSIONS, customer_keys_sql, work_sessions_sql

    base = {t: str(lake / t) for t in LAKE_TABLES if (lake / t).is_dir()}
    config = EngineConfig("spark", spark.remote, spark.master, base, spark.conf)
    engine = SparkEngine(config, session=session)
    try:
        spark_session = engine.session()

        def write(name: str, sql: str) -> None:
            path = str(lake / name)
            spark_session.sql(engine.translate(sql)).write.mode("overwrite").parquet(path)
            spark_session.read.parquet(path).createOrReplaceTempView(name)

        write("customer_keys", customer_keys_sql())
        write(WORK_SESSIONS_DIR, work_sessions_sql())
        for name, select in FROM_SESSIONS.items():
            write(name, select(WORK_SESSIONS_DIR))
    finally:
        engine.close()
        shutil.rmtree(lake / WORK_SESSIONS_DIR, ignore_errors=True)
