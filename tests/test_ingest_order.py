"""Fast-path ingestion rules: typed Parquet columns, events stored in session order, derived tables."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from ingest_cases import GOOD, table_rows, variant, write_folder
from knowledge.derived import DERIVED_TABLES, FROM_SESSIONS, customer_keys_sql, refresh_derived, work_sessions_sql
from knowledge.errors import BadInputError
from knowledge.ingest import ingest_folder
from knowledge.ingest.merge import events_in_order, order_events
from knowledge.tables import TABLES
from knowledge.workspace import Workspace

TYPES = {  # the typed Parquet a lake export gives: contract types, not text
    "customers": {"signup_at": "TIMESTAMP"},
    "events": {"ts": "TIMESTAMPTZ"},
    "journeys": {"step": "BIGINT", "window_days": "INTEGER"},
    "orders": {"ts": "TIMESTAMP", "amount": "DOUBLE"},
    "feedback": {"ts": "TIMESTAMP_NS", "rating": "FLOAT", "nps": "BIGINT"},
    "experiments": {"assigned_at": "TIMESTAMP"},
}


def typed_parquet(csv_folder: Path, out: Path, types: dict[str, dict[str, str]]) -> Path:
    """Every CSV of the folder as Parquet with the given column types (other columns text)."""
    out.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    try:
        for f in csv_folder.glob("*.csv"):
            casts = ", ".join(f'CAST("{c}" AS {t}) AS "{c}"' for c, t in types.get(f.stem, {}).items())
            select = f"* REPLACE ({casts})" if casts else "*"
            con.execute(f"COPY (SELECT {select} FROM read_csv('{f}', all_varchar=true, header=true)) "
                        f"TO '{out / (f.stem + '.parquet')}' (FORMAT parquet)")
    finally:
        con.close()
    return out


def load(ws: Workspace, folder: Path, **kw) -> object:
    return ingest_folder(ws, folder, progress=False, **kw)


def test_typed_parquet_loads_same_content_as_csv(tmp_path: Path) -> None:
    csv_dir = variant(tmp_path / "csv")
    ws, ws2 = Workspace(tmp_path / "ws"), Workspace(tmp_path / "ws2")
    load(ws, csv_dir)
    load(ws2, typed_parquet(csv_dir, tmp_path / "pq", TYPES))
    for name in TABLES:
        assert table_rows(ws.db_path, name) == table_rows(ws2.db_path, name), name


def test_typed_parquet_offset_times_convert_to_the_dataset_zone(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    load(ws, typed_parquet(variant(tmp_path / "csv"), tmp_path / "pq", TYPES), data_tz="Asia/Shanghai")
    ts = dict((r[3], r[1]) for r in table_rows(ws.db_path, "events"))
    # e1 was written naive (taken as UTC by the exporter): 21:14:05 UTC is 05:14:05 next day in Shanghai
    assert str(ts["e1"]) == "2026-10-04 05:14:05"


def test_typed_parquet_nan_rating_names_row_and_column(tmp_path: Path) -> None:
    fb = GOOD["feedback.csv"].replace(",app_review,1,2", ",app_review,nan,2")
    folder = typed_parquet(variant(tmp_path / "csv", feedback__csv=fb), tmp_path / "pq", TYPES)
    with pytest.raises(BadInputError) as err:
        load(Workspace(tmp_path / "ws"), folder)
    p = err.value.problems[0]
    assert (p.file, p.line, p.column) == ("feedback.parquet", 1, "rating")


EVENTS_SHUFFLED = (
    "event_id,customer_id,ts,touchpoint_id,session_id,device\n"
    "e5,c2,2026-10-04 08:00:00,tp_pay,s2,pc\n"
    "e2,c1,2026-10-03 21:15:05,tp_sms,s1,ios\n"
    "e4,c2,2026-10-04 08:00:00,tp_reg,s2,android\n"
    "e1,c1,2026-10-03 21:14:05,tp_home,s1,ios\n"
    "e3,c1,2026-10-03 21:15:05,tp_reg,s1,ios\n"
    ",c1,2026-10-05 09:00:00,tp_home,,ios\n"
    ",c1,2026-10-05 09:10:00,tp_sms,,pc\n"
    ",c1,2026-10-05 10:00:00,tp_reg,,pc\n"
)


def _derived_rows(db: Path) -> dict[str, list[tuple]]:
    return {t: table_rows(db, t, "ALL") for t in DERIVED_TABLES}


def test_events_stored_in_session_order_and_derived_tables_match_the_text_order(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    load(ws, variant(tmp_path / "d", events__csv=EVENTS_SHUFFLED))
    con = duckdb.connect(str(ws.db_path))
    try:
        assert events_in_order(con)
        stored = [r[0] for r in con.execute("SELECT event_id FROM events").fetchall()]
        assert stored[:5] == ["e1", "e2", "e3", "e4", "e5"]  # ties on ts broken by event_id
    finally:
        con.close()
    fast = _derived_rows(ws.db_path)
    copy = tmp_path / "copy.duckdb"
    shutil.copyfile(ws.db_path, copy)
    con = duckdb.connect(str(copy))
    try:
        refresh_derived(con)  # the general path: orders by (ts, event_id, touchpoint_id) text
    finally:
        con.close()
    assert _derived_rows(copy) == fast
    # and both equal the engine-neutral SELECTs (what Spark runs), run here as plain DuckDB SQL
    neutral = tmp_path / "neutral.duckdb"
    shutil.copyfile(ws.db_path, neutral)
    con = duckdb.connect(str(neutral))
    try:
        con.execute(f"CREATE OR REPLACE TABLE customer_keys AS {customer_keys_sql()}")
        con.execute(f"CREATE TEMP TABLE w AS {work_sessions_sql()}")
        for table, sql in FROM_SESSIONS.items():
            con.execute(f"CREATE OR REPLACE TABLE {table} AS {sql('w')}")
    finally:
        con.close()
    assert _derived_rows(neutral) == fast
    # e1 -> e2 -> e3 in s1: home, sms, reg; the gap-split events (no session_id) make two sessions
    moves = {(r[4], r[5]) for r in fast["path_transitions"]}
    assert {("tp_home", "tp_sms"), ("tp_sms", "tp_reg"), ("tp_reg", None)} <= moves


EVENTS_REVISITS = (  # sessions that come back to a touchpoint (home -> sms -> home), one ending at the first
    "event_id,customer_id,ts,touchpoint_id,session_id,device\n"
    "e1,c1,2026-10-03 21:14:05,tp_home,s1,ios\n"
    "e2,c1,2026-10-03 21:15:05,tp_sms,s1,ios\n"
    "e3,c1,2026-10-03 21:16:05,tp_home,s1,ios\n"
    "e4,c1,2026-10-03 21:17:05,tp_home,s1,ios\n"
    "e5,c2,2026-10-03 21:14:05,tp_home,s2,pc\n"
    "e6,c2,2026-10-03 21:15:05,tp_reg,s2,pc\n"
    "e7,c2,2026-10-03 21:16:05,tp_home,s2,pc\n"
    "e8,c2,2026-10-03 21:17:05,tp_reg,s2,pc\n"
    "e9,c2,2026-10-04 09:00:00,tp_reg,s3,pc\n"
    ",c1,2026-10-05 09:00:00,tp_home,,ios\n"
    ",c1,2026-10-05 09:10:00,tp_sms,,ios\n"
    ",c1,2026-10-05 09:20:00,tp_home,,ios\n"
)


def test_session_touchpoints_count_each_session_once_per_touchpoint(tmp_path: Path, monkeypatch) -> None:
    import knowledge.derived as derived
    ws = Workspace(tmp_path / "ws")
    load(ws, variant(tmp_path / "d", events__csv=EVENTS_REVISITS))
    fast = _derived_rows(ws.db_path)
    got = {(str(r[0])[:10], r[1], r[3]): (r[4], r[5]) for r in fast["session_touchpoints"]}
    # 10-03: s1 on ios (home, sms, home, home: exits at home), s2 on pc (home, reg, home, reg)
    assert got == {("2026-10-03", "ios", "tp_home"): (1, 1), ("2026-10-03", "ios", "tp_sms"): (1, 0),
                   ("2026-10-03", "pc", "tp_home"): (1, 0), ("2026-10-03", "pc", "tp_reg"): (1, 1),
                   ("2026-10-04", "pc", "tp_reg"): (1, 1),
                   # the gap session: home, sms, home
                   ("2026-10-05", "ios", "tp_home"): (1, 1), ("2026-10-05", "ios", "tp_sms"): (1, 0)}
    # the grouping per session (too many touchpoints for a bit each) gives the same rows and types
    slow = tmp_path / "slow.duckdb"
    shutil.copyfile(ws.db_path, slow)
    monkeypatch.setattr(derived, "_seen_mask_type", lambda con, enum: None)
    con = duckdb.connect(str(slow))
    try:
        refresh_derived(con, events_in_order=True)
        types = con.execute("SELECT column_name, data_type FROM duckdb_columns() "
                            "WHERE table_name = 'session_touchpoints'").fetchall()
    finally:
        con.close()
    assert _derived_rows(slow) == fast
    con = duckdb.connect(str(ws.db_path), read_only=True)
    try:
        assert con.execute("SELECT column_name, data_type FROM duckdb_columns() "
                           "WHERE table_name = 'session_touchpoints'").fetchall() == types
    finally:
        con.close()


def test_seen_mask_has_a_bit_for_every_touchpoint_code() -> None:
    from knowledge.derived import _seen_mask_type
    con = duckdb.connect()
    try:
        for n, want in ((1, "UBIGINT"), (64, "UBIGINT"), (65, "UHUGEINT"), (128, "UHUGEINT"), (129, None)):
            con.execute(f"CREATE TYPE tp{n} AS ENUM (SELECT 'tp' || i FROM range({n}) t(i))")
            assert _seen_mask_type(con, f"tp{n}") == want, n
    finally:
        con.close()


def test_an_earlier_second_load_keeps_session_order(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    lines = EVENTS_SHUFFLED.splitlines()
    load(ws, variant(tmp_path / "a", events__csv="\n".join(lines[:1] + lines[1:3]) + "\n"))
    load(ws, variant(tmp_path / "b", events__csv="\n".join(lines[:1] + lines[3:6]) + "\n"))
    con = duckdb.connect(str(ws.db_path))
    try:
        assert events_in_order(con)
        assert con.execute("SELECT count(*) FROM events").fetchall()[0][0] == 5
    finally:
        con.close()


def _events_sql(db: Path) -> str:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT sql FROM duckdb_tables() WHERE table_name = 'events'").fetchall()[0][0]
    finally:
        con.close()


def test_events_keep_their_declared_column_compression(tmp_path: Path) -> None:
    text = ("customer_id", "touchpoint_id", "event_id", "session_id", "action", "device", "channel")
    few = {"touchpoint_id", "action", "device", "channel"}
    assert {c.name for c in TABLES["events"].columns if c.few_values} == few
    want = {c: "DICT_FSST" if c in few else "Uncompressed" for c in text}

    def declared(db: Path) -> dict[str, str]:
        sql = _events_sql(db).replace('"', "")
        return {c: next((m for m in ("DICT_FSST", "Uncompressed") if f"{c} VARCHAR USING COMPRESSION {m}" in sql), "?")
                for c in text}

    ws = Workspace(tmp_path / "ws")
    lines = EVENTS_SHUFFLED.splitlines()
    load(ws, variant(tmp_path / "a", events__csv="\n".join(lines[:1] + lines[1:3]) + "\n"))
    assert declared(ws.db_path) == want  # a first load: the staged table itself
    # an earlier second load breaks the session order: order_events rewrites the table
    load(ws, variant(tmp_path / "b", events__csv="\n".join(lines[:1] + lines[3:6]) + "\n"))
    assert declared(ws.db_path) == want
    bad = "\n".join(lines[:1] + lines[1:3] + ["e9,c1,not a time,tp_home,s9,ios"]) + "\n"
    ws2 = Workspace(tmp_path / "ws2")
    load(ws2, variant(tmp_path / "c", events__csv=bad), skip_bad_rows=True)  # the detailed path
    assert declared(ws2.db_path) == want


def test_order_events_rewrites_only_when_needed(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "x.duckdb"))
    try:
        con.execute("CREATE TABLE events AS SELECT * FROM (VALUES (TIMESTAMP '2026-01-01', 'b', 't1'), "
                    "(TIMESTAMP '2026-01-01', 'a', 't2'), (TIMESTAMP '2026-01-02', 'c', 't1')) "
                    "v(ts, event_id, touchpoint_id)")
        assert order_events(con) is True
        assert [r[0] for r in con.execute("SELECT event_id FROM events").fetchall()] == ["a", "b", "c"]
        assert order_events(con) is False
    finally:
        con.close()


def test_repeated_event_ids_with_one_content_load_once(tmp_path: Path) -> None:
    ev = GOOD["events.csv"] + "e1,c1,2026-10-03T21:14:05,tp_home,view,ios,autumn\n"
    ws = Workspace(tmp_path / "ws")
    report = load(ws, write_folder(tmp_path / "d", {**GOOD, "events.csv": ev}))
    assert report.tables["events"].added == 4


def test_events_kept_as_staged_skip_the_order_check_and_are_in_session_order(tmp_path: Path, monkeypatch) -> None:
    import knowledge.ingest as ingest_module
    calls: list[object] = []
    monkeypatch.setattr(ingest_module, "order_events", lambda con: calls.append(con))
    lines = EVENTS_SHUFFLED.splitlines()
    with_ids = "\n".join(lines[:6]) + "\n"  # missing ids count as repeated keys: those take the merge path
    ws = Workspace(tmp_path / "ws")
    bad = with_ids + "e9,c1,not a time,tp_home,s9,ios\n"  # the detailed path, skipping one row
    load(ws, variant(tmp_path / "a", events__csv=bad), skip_bad_rows=True)
    _assert_in_order(ws, 5)
    load(ws, variant(tmp_path / "b", events__csv=with_ids), replace=True)
    _assert_in_order(ws, 5)
    assert calls == []  # both loads renamed the staged table: no storage-order scan
    load(ws, variant(tmp_path / "c", events__csv=lines[0] + "\ne0,c1,2026-10-01 00:00:00,tp_sms,s0,ios\n"))
    assert len(calls) == 1  # a merge into loaded rows is checked


def _assert_in_order(ws: Workspace, rows: int) -> None:
    con = duckdb.connect(str(ws.db_path))
    try:
        assert events_in_order(con)
        assert con.execute("SELECT count(*) FROM events").fetchall()[0][0] == rows
    finally:
        con.close()
