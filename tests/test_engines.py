"""The engine port: engine.yaml, the read-only rule, limits on every engine, and DuckDB/Spark parity."""
from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from knowledge.engines.base import Engine, require_single_query
from knowledge.engines.config import EngineConfig, engine_name, load_engine_config, open_engine
from knowledge.engines.spark import SparkEngine, to_spark_sql
from knowledge.errors import ConfigError, QueryRejectedError, QueryTimeoutError
from knowledge.gateway import Gateway
from knowledge.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]


# -- engine.yaml and the choice of engine ---------------------------------------------------
def test_no_engine_yaml_means_duckdb(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    assert load_engine_config(ws) == EngineConfig()
    assert engine_name(None, load_engine_config(ws)) == "duckdb"
    assert isinstance(open_engine(ws), Gateway)


def test_engine_yaml_maps_tables_and_cli_wins(tmp_path: Path) -> None:
    (tmp_path / "engine.yaml").write_text(
        "engine: spark\nmaster: local[2]\ntables:\n  events: lake.journey_events\n  customers: lake/customers\n",
        encoding="utf-8")
    cfg = load_engine_config(Workspace(tmp_path))
    assert cfg.engine == "spark" and cfg.master == "local[2]"
    assert cfg.tables["events"] == "lake.journey_events"           # a catalogue table stays a name
    assert cfg.tables["customers"] == str(tmp_path / "lake" / "customers")  # a relative path: the workspace's
    assert engine_name(None, cfg) == "spark"
    assert engine_name("duckdb", cfg) == "duckdb"


@pytest.mark.parametrize("text, words", [
    ("engine: oracle\n", "unknown engine 'oracle'"),
    ("engine: spark\ntables: {evnts: x}\n", "unknown table(s) evnts"),
    ("engine: spark\nremote: sc://h:15002\nmaster: local[2]\n", "not both"),
    ("engine: spark\ncolour: red\n", "unknown key(s) colour"),
    ("engine: [spark\n", "cannot be read"),
])
def test_bad_engine_yaml_names_the_problem(tmp_path: Path, text: str, words: str) -> None:
    (tmp_path / "engine.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_engine_config(Workspace(tmp_path))
    assert words in err.value.message and err.value.hint
    assert err.value.code == "bad_engine_config"


def test_unknown_engine_name_is_bad_usage() -> None:
    with pytest.raises(ConfigError) as err:
        engine_name("oracle", EngineConfig())
    assert err.value.code == "bad_usage" and "--engine spark" in (err.value.hint or "")


def test_spark_without_tables_says_how_to_map_them() -> None:
    with pytest.raises(ConfigError) as err:
        SparkEngine(EngineConfig("spark", master="local[2]"))
    assert "engine.yaml" in (err.value.hint or "")


# -- the port's guarantees -------------------------------------------------------------------
def test_duckdb_gateway_is_an_engine() -> None:
    assert issubclass(Gateway, Engine) and issubclass(SparkEngine, Engine)


@pytest.mark.parametrize("sql", ["DROP TABLE events", "INSERT INTO events SELECT * FROM events",
                                 "SELECT 1; SELECT 2", "CREATE TABLE x AS SELECT 1", "COPY events TO 'x.csv'"])
def test_only_one_read_query_passes(sql: str) -> None:
    with pytest.raises(QueryRejectedError):
        require_single_query(sql)


def test_transpiles_duckdb_functions_the_analyses_use() -> None:
    out = to_spark_sql("SELECT arg_min(g, ts), epoch(tk) - epoch(t1), median(dt) FROM e "
                       "WHERE ts <= t1 + INTERVAL 7 DAY AND tp = ?")
    assert "MIN_BY(g, ts)" in out and "UNIX_TIMESTAMP(tk)" in out and "INTERVAL '7' DAY" in out and "?" in out


class _FakeFrame:
    def __init__(self, session: "_FakeSession", n: int) -> None:
        self.session, self.n, self.columns = session, n, ["x"]

    def limit(self, k: int) -> "_FakeFrame":
        self.session.limits.append(k)
        return _FakeFrame(self.session, min(self.n, k))

    def collect(self) -> list[tuple[int]]:
        if self.session.hang:
            self.session.interrupted.wait(5)
            raise RuntimeError("OPERATION_CANCELED")
        return [(i,) for i in range(self.n)]


class _FakeSession:
    """Stands in for a Spark session: records tags, limits and interrupts (no JVM)."""

    def __init__(self, n: int = 50, hang: bool = False) -> None:
        self.n, self.hang = n, hang
        self.limits: list[int] = []
        self.sql_seen: list[tuple[str, Any]] = []
        self.tags: list[str] = []
        self.interrupted = threading.Event()
        self.conf = self
        self.read = self

    def set(self, k: str, v: str) -> None:
        pass

    def parquet(self, path: str) -> "_FakeSession":
        return self

    def table(self, name: str) -> "_FakeSession":
        return self

    def createOrReplaceTempView(self, name: str) -> None:  # noqa: N802 - Spark's name
        pass

    def sql(self, text: str, args: Any = None) -> _FakeFrame:
        self.sql_seen.append((text, args))
        return _FakeFrame(self, self.n)

    def addTag(self, tag: str) -> None:  # noqa: N802
        self.tags.append(tag)

    def removeTag(self, tag: str) -> None:  # noqa: N802
        pass

    def interruptTag(self, tag: str) -> None:  # noqa: N802
        assert tag in self.tags
        self.interrupted.set()


def _spark(session: _FakeSession, **kw: Any) -> SparkEngine:
    return SparkEngine(EngineConfig("spark", master="local[2]", tables={"events": "lake.events"}),
                       session=session, **kw)


def test_spark_row_cap_truncates_and_limits_only_go_down() -> None:
    s = _FakeSession(n=50)
    eng = _spark(s, row_cap=10, timeout_s=5)
    res = eng.query("SELECT x FROM events WHERE y = ?", [1])
    assert len(res.rows) == 10 and res.truncated and s.limits[-1] == 11
    assert s.sql_seen[-1] == ("SELECT x FROM events WHERE y = ?", [1])
    eng.query("SELECT x FROM events", row_cap=1_000_000)   # asking for more gets the ceiling
    assert s.limits[-1] == eng.max_rows + 1
    assert eng.effective_limits(timeout_s=999)[1] == 5


def test_spark_time_limit_interrupts_the_job() -> None:
    s = _FakeSession(hang=True)
    eng = _spark(s, timeout_s=0.2)
    with pytest.raises(QueryTimeoutError):
        eng.query("SELECT x FROM events")
    assert s.interrupted.is_set()


def test_spark_refuses_writes_before_reaching_spark() -> None:
    s = _FakeSession()
    with pytest.raises(QueryRejectedError):
        _spark(s).query("DROP TABLE events")
    assert s.sql_seen == []


def test_engine_option_on_the_commands() -> None:
    from typer.testing import CliRunner

    from assistant.cli import app
    for cmd in ("ingest", "ask", "chat", "serve", "brief"):
        out = CliRunner().invoke(app, [cmd, "--help"], env={"COLUMNS": "200"}).output
        assert "--engine" in out, cmd


# -- parity on a real Spark Connect server ---------------------------------------------------
def _same(a: list[tuple[Any, ...]] | list[list[Any]], b: list[tuple[Any, ...]] | list[list[Any]]) -> str | None:
    """None when the rows are equal (floats within 1e-9, same order), else the first difference."""
    if len(a) != len(b):
        return f"{len(a)} rows vs {len(b)}"
    for i, (x, y) in enumerate(zip(a, b)):
        if len(x) != len(y):
            return f"row {i}: {x} vs {y}"
        for u, v in zip(x, y):
            if isinstance(u, float) or isinstance(v, float):
                if (u is None) != (v is None) or (u is not None and not math.isclose(u, v, rel_tol=0, abs_tol=1e-9)):
                    return f"row {i}: {x} vs {y}"
            elif u != v:
                return f"row {i}: {x} vs {y}"
    return None


@pytest.fixture(scope="module")
def spark_ws(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """The small demo workspace with the lake `journey ingest --engine spark` writes (base tables
    from the validated DuckDB file, derived tables computed by Spark), and a Connect server's URL."""
    from tests.spark_server import require_spark, start_connect_server, stop
    require_spark()
    from knowledge.engines.spark import export_lake
    from tests.api_demo import demo_workspace
    ws, _ = demo_workspace(tmp_path_factory)
    proc, url = start_connect_server(tmp_path_factory.mktemp("spark") / "connect.log")
    try:
        export_lake(ws, EngineConfig("spark", remote=url))
        yield ws, url
    finally:
        stop(proc)


@pytest.mark.heavy
def test_spark_computes_the_same_derived_tables_as_duckdb(spark_ws) -> None:  # noqa: ANN001
    import duckdb

    from knowledge.derived import DERIVED_TABLES
    from knowledge.engines.spark import lake_tables
    ws, _ = spark_ws
    lake = lake_tables(ws)
    assert set(DERIVED_TABLES) <= set(lake)
    con = duckdb.connect(str(ws.db_path), read_only=True)
    try:
        for t in DERIVED_TABLES:
            cols = ", ".join(r[0] for r in con.execute(f"DESCRIBE {t}").fetchall())
            spark_rows = f"SELECT {cols} FROM read_parquet('{lake[t]}/*.parquet')"
            n = con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
            only = [con.execute(f"SELECT count(*) FROM ({a} EXCEPT ALL {b})").fetchall()[0][0]
                    for a, b in ((f"SELECT {cols} FROM {t}", spark_rows), (spark_rows, f"SELECT {cols} FROM {t}"))]
            assert n > 0 and only == [0, 0], (t, n, only)
    finally:
        con.close()


@pytest.mark.heavy
@pytest.mark.timeout(1800)
@pytest.mark.parametrize("lake", ["with derived tables", "base tables only"])
def test_analyses_give_the_same_rows_on_duckdb_and_spark(spark_ws, lake: str) -> None:  # noqa: ANN001
    """Every analysis case, on Spark reading the lake `journey ingest --engine spark` writes, and on a
    lake that maps only the base tables (an existing company lake: Spark sessionises raw events)."""
    from bench.bench_analyses import cases
    from knowledge.analyses.drivers import driver_decomposition
    from knowledge.engines.spark import LAKE_TABLES, lake_tables
    from knowledge.results import Period
    from knowledge.semantic.layer import load_semantic_layer
    ws, url = spark_ws
    layer = load_semantic_layer()
    duck = Gateway(ws.db_path, timeout_s=120)
    tables = lake_tables(ws)
    if lake == "base tables only":
        tables = {t: v for t, v in tables.items() if t in LAKE_TABLES}
    # cached: the demo lake is small, and a day-partitioned scan per funnel step is slow on 2 cores
    spark = SparkEngine(EngineConfig("spark", remote=url, tables=tables, cache=True), timeout_s=900)
    try:
        on_duck, _ = cases(duck, layer)
        on_spark, _ = cases(spark, layer)
        # a plain (not distinct-unit) metric takes the other grouping-sets branch of the compiler
        last = duck.scalar("SELECT CAST(max(ts) AS DATE) FROM events")
        period = Period(last - timedelta(days=29), last)
        for gw, out in ((duck, on_duck), (spark, on_spark)):
            out.append(("driver_decomposition revenue",
                        lambda gw=gw: driver_decomposition(gw, layer, "revenue", period)))
        diffs = {}
        for (name, d), (_, s) in zip(on_duck, on_spark, strict=True):
            a, b = d(), s()
            assert a.rows, name  # parity on empty results would prove nothing
            diff = _same(a.rows, b.rows)
            if diff:
                diffs[name] = diff
            if lake == "with derived tables":  # the same path (derived table or raw events) on both
                assert a.notes == b.notes, name
        assert not diffs, diffs
    finally:
        duck.close()
        spark.close()


@pytest.mark.heavy
@pytest.mark.timeout(1800)
def test_journey_ask_engine_spark(spark_ws) -> None:  # noqa: ANN001
    ws, url = spark_ws
    (ws.root / "engine.yaml").write_text(f"engine: spark\nremote: {url}\ncache: true\n", encoding="utf-8")
    try:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "JOURNEY_QUERY_TIMEOUT_S": "900"}
        q = "Which step of the register journey loses the most users?"
        outs = {}
        for engine in ("duckdb", "spark"):
            run = subprocess.run([sys.executable, "-m", "assistant.cli", "ask", q, "--json", "--engine", engine,
                                  "--workspace", str(ws.root), "--as-of", "2026-10-31"],
                                 capture_output=True, text=True, env=env, timeout=1200, cwd=ROOT)
            assert run.returncode == 0, run.stderr[-2000:]
            outs[engine] = json.loads(run.stdout)
        assert outs["spark"]["status"] == "ok"
        calls = {e: [(c["name"], c["args"], c["ok"]) for c in outs[e]["tool_calls"]] for e in outs}  # not elapsed_ms
        assert calls["spark"] == calls["duckdb"]
        for td, ts in zip(outs["duckdb"]["tables"], outs["spark"]["tables"]):
            assert td["columns"] == ts["columns"]
            assert _same([tuple(r) for r in td["rows"]], [tuple(r) for r in ts["rows"]]) is None
    finally:
        (ws.root / "engine.yaml").unlink()


def test_ingest_lake_has_every_table_and_events_by_day(tmp_path: Path) -> None:
    import duckdb

    from knowledge.engines.spark import LAKE_TABLES, export_lake, lake_tables
    from tests.tinydata import build_tiny_db
    ws = Workspace(tmp_path)
    build_tiny_db(ws.db_path)
    tables = export_lake(ws)
    assert set(tables) == set(LAKE_TABLES) and tables == lake_tables(ws)
    con = duckdb.connect()
    days = {p.name for p in (tmp_path / "lake" / "events").iterdir()}
    assert days and all(d.startswith("day=") for d in days)
    n_lake = con.execute(f"SELECT count(*) FROM read_parquet('{tmp_path}/lake/events/*/*.parquet')").fetchall()[0][0]
    n_db = duckdb.connect(str(ws.db_path), read_only=True).execute("SELECT count(*) FROM events").fetchall()[0][0]
    assert n_lake == n_db > 0
    # a Spark engine over the workspace's own lake is what open_engine gives without a mapping
    (tmp_path / "engine.yaml").write_text("engine: spark\nmaster: local[2]\n", encoding="utf-8")
    eng = open_engine(ws, None, timeout_s=5, row_cap=10)
    assert isinstance(eng, SparkEngine) and eng.tables() == set(LAKE_TABLES)


class _Memo(Engine):
    """An engine that runs each distinct (statement, parameters, limits) once on the engine it wraps.

    The golden set asks most things in several phrasings; the rows still all come from Spark,
    each identical query is only not re-run (each answer gets its own copy of the result).
    """

    def __init__(self, inner: Engine) -> None:
        self.inner, self.name, self.dialect = inner, inner.name, inner.dialect
        self.timeout_s, self.row_cap, self.max_rows = inner.timeout_s, inner.row_cap, inner.max_rows
        self.seen: dict[tuple[str, str, int | None, float | None], Any] = {}

    def query(self, sql, params=None, *, row_cap=None, timeout_s=None):  # noqa: ANN001, ANN201
        import copy
        key = (sql, repr(list(params) if params is not None else None), row_cap, timeout_s)
        if key not in self.seen:
            self.seen[key] = self.inner.query(sql, params, row_cap=row_cap, timeout_s=timeout_s)
        out = copy.copy(self.seen[key])
        out.rows = list(out.rows)
        return out

    def query_untrusted(self, sql, *, row_cap=None, timeout_s=None):  # noqa: ANN001, ANN201
        return self.inner.query_untrusted(sql, row_cap=row_cap, timeout_s=timeout_s)

    def tables(self) -> set[str]:
        return self.inner.tables()

    def table_columns(self) -> dict[str, list[str]]:
        return self.inner.table_columns()

    @property
    def generation(self) -> tuple[Any, ...]:
        return self.inner.generation

    def close(self) -> None:
        self.inner.close()


THEMES_COLUMN = "theme_id"  # the first column of a feedback_themes table (knowledge/feedback/themes.py)


def _golden_differences(ws: Workspace, engine: str, store: Path, wrap: Any = None) -> dict[str, list[str]]:
    """Every golden question (follow-ups after their first turn) through the chat service `journey ask`
    uses, on DuckDB and on `engine` (engine.yaml in place): what differs in status, tool calls,
    tables (rows within 1e-9) or answer text, per question id.

    Feedback themes are clustered in Python from rows the engine returns (compared: the same SQL
    with ORDER BY gives the same rows), but the clustering is not reproducible from call to call
    even on DuckDB alone (two runs of one themes question in one process can name different
    themes). So answers with a themes table are compared on status, tool calls and their other
    tables, not on the themes rows or the text that quotes them."""
    from datetime import date

    from assistant.chat_handler import build_chat_service
    from assistant.memory import SessionStore
    from assistant.settings import load_settings
    from tests.test_golden import load_questions
    services = {}
    try:
        for name in ("duckdb", engine):
            svc = build_chat_service(load_settings(JOURNEY_ENGINE=name, JOURNEY_QUERY_TIMEOUT_S=900),
                                     workspace=str(ws.root))
            svc.store = SessionStore(store / name, max_turns=10, max_sessions=100_000)
            assert svc.gateway.name == name
            if name == engine and wrap is not None:
                svc.gateway = wrap(svc.gateway)
            services[name] = svc
        questions = load_questions()
        assert len(questions) >= 150
        by_id = {q["id"]: q for q in questions}
        diffs: dict[str, list[str]] = {}
        for q in questions:
            chain = [q]
            while chain[0].get("follow_up_of"):
                chain.insert(0, by_id[chain[0]["follow_up_of"]])
            answers = {}
            for name, svc in services.items():
                session = None
                for step in chain:
                    ans = svc.answer(step["question"], session_id=session,
                                     as_of=date.fromisoformat(step.get("as_of", "2026-11-15")))
                    session = ans.session_id
                answers[name] = ans
            d, e = answers["duckdb"], answers[engine]
            problems = []
            if (d.status, d.error) != (e.status, e.error):
                problems.append(f"status {d.status} {d.error} vs {e.status} {e.error}")
            if [(c.name, c.args, c.ok) for c in d.tool_calls] != [(c.name, c.args, c.ok) for c in e.tool_calls]:
                problems.append("tool calls differ")
            if [t.columns for t in d.tables] != [t.columns for t in e.tables]:
                problems.append("table columns differ")
            themes = any(t.columns[:1] == [THEMES_COLUMN] for t in d.tables)
            problems += [f"rows: {diff}" for td, te in zip(d.tables, e.tables) if td.columns[:1] != [THEMES_COLUMN]
                         and (diff := _same([tuple(r) for r in td.rows], [tuple(r) for r in te.rows]))]
            if d.answer != e.answer and not themes:
                problems.append(f"text: {d.answer[:200]!r} vs {e.answer[:200]!r}")
            if problems:
                diffs[q["id"]] = problems
        return diffs
    finally:
        for svc in services.values():
            svc.close()


@pytest.mark.heavy
@pytest.mark.timeout(3600)
def test_golden_questions_answer_the_same_on_duckdb_and_spark(spark_ws, tmp_path: Path) -> None:  # noqa: ANN001
    ws, url = spark_ws
    (ws.root / "engine.yaml").write_text(f"engine: spark\nremote: {url}\ncache: true\n", encoding="utf-8")
    try:
        assert _golden_differences(ws, "spark", tmp_path, wrap=_Memo) == {}
    finally:
        (ws.root / "engine.yaml").unlink()


# -- a third engine: ClickHouse in process (chdb), the same SQL through its sqlglot dialect ----------
def test_clickhouse_rewrites_what_sqlglot_leaves_duckdb_shaped() -> None:
    from knowledge.engines.clickhouse import to_clickhouse_sql
    out = to_clickhouse_sql("SELECT epoch(tk) - epoch(t1), list(tp ORDER BY step), "
                            "regexp_extract_all(lower(t), '[a-z]+'), upper(t) FROM e GROUP BY ALL")
    assert "toUnixTimestamp64Micro(toDateTime64(tk, 6)) / 1e6" in out
    assert "arrayMap(t -> tupleElement(t, 2), arraySort(groupArray((step, tp))))" in out
    assert "extractAll(lowerUTF8(t), '[a-z]+')" in out and "upperUTF8(t)" in out
    assert to_clickhouse_sql("SELECT round(x, 4)") == "SELECT sign(x) * (floor(abs(x) * POWER(10, 4) + 0.5)) / POWER(10, 4)"
    with pytest.raises(QueryRejectedError):
        to_clickhouse_sql("DROP TABLE events")


def test_clickhouse_reads_parquet_paths_only(tmp_path: Path) -> None:
    from knowledge.engines.clickhouse import ClickHouseEngine
    with pytest.raises(ConfigError) as err:
        ClickHouseEngine(EngineConfig("clickhouse", tables={"events": "lake.journey_events"}))
    assert "lake.journey_events" in err.value.message and err.value.code == "bad_engine_config"


@pytest.fixture(scope="module")
def clickhouse_ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """A copy of the small demo workspace with its lake: base tables, and the derived tables as DuckDB
    built them (Parquet is engine-neutral; computing them is ingestion's job, not the engine's)."""
    import shutil

    import duckdb

    pytest.importorskip("chdb", reason="chdb not installed (pip install -e '.[test]')")
    from knowledge.derived import DERIVED_TABLES
    from knowledge.engines.spark import export_lake
    from tests.api_demo import demo_workspace
    demo, _ = demo_workspace(tmp_path_factory)
    ws = Workspace(tmp_path_factory.mktemp("clickhouse-ws"))
    shutil.copy(demo.db_path, ws.db_path)
    export_lake(ws)
    con = duckdb.connect(str(ws.db_path), read_only=True)
    try:
        for t in DERIVED_TABLES:
            (ws.root / "lake" / t).mkdir()
            con.execute(f"COPY {t} TO '{ws.root / 'lake' / t / 'part-0.parquet'}' (FORMAT parquet)")
    finally:
        con.close()
    return ws


@pytest.mark.heavy
@pytest.mark.parametrize("lake", ["with derived tables", "base tables only"])
def test_analyses_give_the_same_rows_on_duckdb_and_clickhouse(clickhouse_ws: Workspace, lake: str) -> None:
    from bench.bench_analyses import cases
    from knowledge.engines.clickhouse import ClickHouseEngine
    from knowledge.engines.spark import LAKE_TABLES, lake_tables
    from knowledge.semantic.layer import load_semantic_layer
    layer = load_semantic_layer()
    tables = lake_tables(clickhouse_ws)
    if lake == "base tables only":
        tables = {t: v for t, v in tables.items() if t in LAKE_TABLES}
    duck = Gateway(clickhouse_ws.db_path, timeout_s=120)
    ch = ClickHouseEngine(EngineConfig("clickhouse", tables=tables), timeout_s=300)
    try:
        on_duck, _ = cases(duck, layer)
        on_ch, _ = cases(ch, layer)
        diffs = {}
        for (name, d), (_, c) in zip(on_duck, on_ch, strict=True):
            a, b = d(), c()
            assert a.rows, name
            if diff := _same(a.rows, b.rows):
                diffs[name] = diff
            if lake == "with derived tables":
                assert a.notes == b.notes, name
        assert not diffs, diffs
    finally:
        duck.close()
        ch.close()


@pytest.mark.heavy
def test_clickhouse_keeps_the_limits(clickhouse_ws: Workspace) -> None:
    from knowledge.engines.clickhouse import ClickHouseEngine
    from knowledge.engines.spark import lake_tables
    ch = ClickHouseEngine(EngineConfig("clickhouse", tables=lake_tables(clickhouse_ws)), timeout_s=60, row_cap=10,
                          max_rows=50)
    try:
        res = ch.query("SELECT event_id FROM events ORDER BY event_id")
        assert len(res.rows) == 10 and res.truncated
        more = ch.query("SELECT event_id FROM events", row_cap=10**9)  # asks for more: gets the ceiling
        assert len(more.rows) == 50 and more.truncated
        with pytest.raises(QueryTimeoutError):  # 10^10 pairs: stopped by ClickHouse at the caller's lower limit
            ch.query("SELECT count(*) FROM events a, events b WHERE a.ts < b.ts", timeout_s=1)
        with pytest.raises(QueryRejectedError):
            ch.query("DROP TABLE events")
    finally:
        ch.close()


@pytest.mark.heavy
@pytest.mark.timeout(3600)
def test_golden_questions_answer_the_same_on_duckdb_and_clickhouse(clickhouse_ws: Workspace, tmp_path: Path) -> None:
    (clickhouse_ws.root / "engine.yaml").write_text("engine: clickhouse\n", encoding="utf-8")
    try:
        assert _golden_differences(clickhouse_ws, "clickhouse", tmp_path) == {}
    finally:
        (clickhouse_ws.root / "engine.yaml").unlink()
