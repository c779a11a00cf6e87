"""Which engine a workspace uses and where its tables live: the workspace's `engine.yaml`.

    engine: spark
    remote: sc://spark-connect.internal:15002   # or  master: local[2]
    tables:
      events: lake.journey_events               # a catalogue table ...
      customers: /data/lake/customers           # ... or a Parquet path (relative: to the workspace)
    conf:
      spark.sql.shuffle.partitions: "8"
    cache: false                                 # true: keep the tables in Spark's memory (small lakes)

The engine is chosen by `--engine`, else $JOURNEY_ENGINE (both arrive here as one argument,
assistant/ reads the environment), else `engine:` in engine.yaml, else duckdb.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from knowledge.derived import DERIVED_TABLES
from knowledge.engines.base import Engine
from knowledge.errors import ConfigError
from knowledge.tables import TABLES
from knowledge.workspace import Workspace

FILE_NAME = "engine.yaml"
ENGINES = ("duckdb", "spark", "clickhouse")  # an engine: its name here, a branch in open_engine, its module


@dataclass(frozen=True)
class EngineConfig:
    """The parsed engine.yaml (or the defaults when there is none)."""

    engine: str = "duckdb"
    remote: str | None = None
    master: str | None = None
    tables: dict[str, str] = field(default_factory=dict)
    conf: dict[str, str] = field(default_factory=dict)
    source: Path | None = None
    cache: bool = False           # keep the mapped tables in Spark's memory (small lakes, tests)


def _fail(path: Path, problem: str, hint: str) -> ConfigError:
    return ConfigError(f"{path}: {problem}", hint=hint, code="bad_engine_config")


def load_engine_config(ws: Workspace) -> EngineConfig:
    """engine.yaml of the workspace, validated; the defaults when the file does not exist."""
    path = ws.root / FILE_NAME
    if not path.is_file():
        return EngineConfig()
    try:
        raw: Any = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise _fail(path, f"cannot be read: {str(exc).splitlines()[0]}", "fix the YAML syntax") from None
    if not isinstance(raw, dict):
        raise _fail(path, "must be a mapping", "write `engine: spark` and `tables: {events: ...}`")
    unknown = sorted(set(raw) - {"engine", "remote", "master", "tables", "conf", "cache"})
    if unknown:
        raise _fail(path, f"unknown key(s) {', '.join(unknown)}", "allowed: engine, remote, master, tables, conf, cache")
    engine = str(raw.get("engine", "duckdb"))
    if engine not in ENGINES:
        raise _fail(path, f"unknown engine '{engine}'", f"use one of: {', '.join(ENGINES)}")
    tables = raw.get("tables") or {}
    if not isinstance(tables, dict):
        raise _fail(path, "`tables` must map table names to catalogue tables or Parquet paths",
                    "e.g. tables: {events: lake.journey_events}")
    known = set(TABLES) | set(DERIVED_TABLES)
    bad = sorted(str(t) for t in tables if t not in known)
    if bad:
        raise _fail(path, f"unknown table(s) {', '.join(bad)}", f"known tables: {', '.join(sorted(TABLES))}")
    mapped = {str(k): _locate(ws, str(v)) for k, v in tables.items()}
    conf = {str(k): str(v) for k, v in (raw.get("conf") or {}).items()}
    remote, master = raw.get("remote"), raw.get("master")
    if engine == "spark" and remote and master:
        raise _fail(path, "give either `remote` (Spark Connect) or `master`, not both",
                    "remote: sc://host:15002  or  master: local[2]")
    return EngineConfig(engine, str(remote) if remote else None, str(master) if master else None, mapped, conf, path,
                        bool(raw.get("cache", False)))


def is_path(location: str) -> bool:
    """A Parquet path (file or folder), as opposed to a catalogue table name like lake.events."""
    return "/" in location or location.endswith(".parquet")


def _locate(ws: Workspace, location: str) -> str:
    if is_path(location) and not location.startswith(("/", "s3a://", "s3://", "gs://", "abfss://", "hdfs://", "file:")):
        return str((ws.root / location).resolve())
    return location


def engine_name(requested: str | None, config: EngineConfig) -> str:
    """--engine / $JOURNEY_ENGINE when given, else engine.yaml's, else duckdb."""
    name = requested or config.engine
    if name not in ENGINES:
        raise ConfigError(f"unknown engine '{name}'", hint=f"use --engine {' or --engine '.join(ENGINES)}",
                          code="bad_usage")
    return name


def open_engine(ws: Workspace, requested: str | None = None, **limits: Any) -> Engine:
    """The engine for this workspace with the gateway limits given (timeout_s, row_cap, ...)."""
    config = load_engine_config(ws)
    name = engine_name(requested, config)
    if name == "spark":
        from knowledge.engines.spark import SparkEngine, lake_tables
        if not config.tables:
            # `journey ingest --engine spark` writes the workspace's own lake; use it when nothing is mapped
            config = EngineConfig("spark", config.remote, config.master, lake_tables(ws), config.conf, config.source,
                                  config.cache)
        keep = {k: v for k, v in limits.items() if k in ("timeout_s", "row_cap", "max_rows", "max_cell_chars")}
        return SparkEngine(config, generation_path=limits.get("generation_path"), **keep)
    if name == "clickhouse":
        from knowledge.engines.clickhouse import ClickHouseEngine
        from knowledge.engines.spark import lake_tables
        tables = config.tables or lake_tables(ws)  # the workspace lake when nothing is mapped
        keep = {k: v for k, v in limits.items() if k in ("timeout_s", "row_cap", "max_rows", "max_cell_chars")}
        return ClickHouseEngine(EngineConfig("clickhouse", tables=tables, source=config.source),
                                generation_path=limits.get("generation_path"), **keep)
    from knowledge.gateway import Gateway
    return Gateway(ws.db_path, **limits)
