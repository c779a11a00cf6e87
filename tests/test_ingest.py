"""Good-path ingestion: CSV and Parquet, types, extra columns, upserts, replace, rejects, synthetic ids."""
from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from ingest_cases import GOOD, sha256, table_rows, to_parquet, variant, write_folder
from knowledge.errors import BadInputError, ConfigError, WorkspaceError
from knowledge.ingest import ingest_folder
from knowledge.ingest.staging import Staging
from knowledge.tables import TABLES
from knowledge.workspace import Workspace


@pytest.fixture()
def ws(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "ws")


def load(ws: Workspace, folder: Path, **kw) -> object:
    return ingest_folder(ws, folder, progress=False, **kw)


def test_csv_load_types_stages_positions_and_properties(ws: Workspace, tmp_path: Path) -> None:
    report = load(ws, variant(tmp_path / "d"))
    assert {t: r.added for t, r in report.tables.items()} == {
        "touchpoints": 5, "journeys": 5, "customers": 2, "events": 4, "orders": 2, "feedback": 3, "experiments": 2}
    tps = table_rows(ws.db_path, "touchpoints", "position")
    # stage order, then first journey step, then id: home(awareness), reg(consideration, step 1 of buy),
    # sms(consideration, step 2), pay(purchase), help(no stage)
    assert [(r[0], r[4], r[10]) for r in tps] == [
        ("tp_home", "awareness", 1), ("tp_reg", "consideration", 2), ("tp_sms", "consideration", 3),
        ("tp_pay", "purchase", 4), ("tp_help", None, 5)]
    assert json.loads(tps[0][9]) == {"owner_team": "growth"}
    ev = {r[3]: r for r in table_rows(ws.db_path, "events")}
    assert ev["e1"][1] == datetime(2026, 10, 3, 21, 14, 5)       # naive: dataset-local, as written
    assert ev["e2"][1] == datetime(2026, 10, 3, 13, 15, 5)       # +08:00 converted to the dataset zone (UTC)
    assert ev["e3"][1] == datetime(2026, 10, 3, 21, 16, 5)       # Z
    assert ev["e4"][1] == datetime(2026, 10, 4, 8, 0, 0)         # space separator
    # formula-looking text is stored verbatim as plain text, never evaluated
    assert json.loads(ev["e3"][8]) == {"campaign": "=cmd|' /C calc'!A0"}
    orders = table_rows(ws.db_path, "orders")
    assert [(o[0], o[3]) for o in orders] == [("o1", 129.5), ("o2", -20.0)]
    fb = {r[0]: r for r in table_rows(ws.db_path, "feedback")}
    assert fb["f3"][1] == "多行\n评论" and fb["f3"][6] is None and fb["f1"][7] == 2
    assert table_rows(ws.db_path, "journeys", "journey_id, step")[0][6] is None  # empty window_days


def test_every_table_exists_even_when_absent(ws: Workspace, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "d", {"feedback.csv": GOOD["feedback.csv"]})
    load(ws, folder)
    con = duckdb.connect(str(ws.db_path), read_only=True)
    names = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    con.close()
    assert set(TABLES) | {"_ingest_log"} <= names
    assert table_rows(ws.db_path, "events") == []


def test_parquet_loads_same_content_as_csv(ws: Workspace, tmp_path: Path) -> None:
    csv_dir = variant(tmp_path / "csv")
    load(ws, csv_dir)
    ws2 = Workspace(tmp_path / "ws2")
    load(ws2, to_parquet(csv_dir, tmp_path / "pq"))
    for name in TABLES:
        assert table_rows(ws.db_path, name) == table_rows(ws2.db_path, name), name


def test_second_load_changes_nothing(ws: Workspace, tmp_path: Path) -> None:
    folder = variant(tmp_path / "d")
    load(ws, folder)
    before = {t: table_rows(ws.db_path, t) for t in TABLES}
    again = load(ws, folder)
    assert all(r.added == r.updated == 0 and r.unchanged == r.rows_read for r in again.tables.values())
    assert {t: table_rows(ws.db_path, t) for t in TABLES} == before
    log = table_rows(ws.db_path, "_ingest_log", "loaded_at")
    assert len(log) == 14 and {r[0] for r in log} == set(GOOD)
    assert log[0][2] == sha256(folder / log[0][0]) and log[0][3] > 0


def test_later_load_updates_by_key_and_adds(ws: Workspace, tmp_path: Path) -> None:
    load(ws, variant(tmp_path / "a"))
    changed = write_folder(tmp_path / "b", {
        "customers.csv": "customer_id,segment\nc1,vip\nc2,vip\nc3,new\n",
        "events.csv": "event_id,customer_id,ts,touchpoint_id\ne9,c3,2026-10-06T00:00:00,tp_home\n",
    })
    report = load(ws, changed)
    c = report.tables["customers"]
    assert (c.added, c.updated, c.unchanged) == (1, 2, 0)   # c2 lost its signup_at/region: different content
    assert report.tables["events"].added == 1
    rows = table_rows(ws.db_path, "customers")
    assert [(r[0], r[2]) for r in rows] == [("c1", "vip"), ("c2", "vip"), ("c3", "new")]
    assert len(table_rows(ws.db_path, "events")) == 5


def test_journey_given_again_is_redefined_whole(ws: Workspace, tmp_path: Path) -> None:
    load(ws, variant(tmp_path / "a"))
    folder = write_folder(tmp_path / "b", {
        "journeys.csv": "journey_id,journey_name,step,touchpoint_id\nregister,注册流程,1,tp_home\nregister,注册流程,2,tp_reg\n",
        "events.csv": "customer_id,ts,touchpoint_id\n"})
    report = load(ws, folder)
    assert report.tables["journeys"].removed == 1
    steps = [(r[0], r[4], r[5]) for r in table_rows(ws.db_path, "journeys", "journey_id, step")]
    assert steps == [("buy", 1, "tp_reg"), ("buy", 2, "tp_pay"), ("register", 1, "tp_home"), ("register", 2, "tp_reg")]


def test_replace_drops_old_data(ws: Workspace, tmp_path: Path) -> None:
    load(ws, variant(tmp_path / "a"))
    small = write_folder(tmp_path / "b", {"feedback.csv": "feedback_id,text\nfx,only me\n"})
    report = load(ws, small, replace=True)
    assert report.replaced
    assert table_rows(ws.db_path, "feedback") == [("fx", "only me") + (None,) * 11]
    assert table_rows(ws.db_path, "events") == [] and table_rows(ws.db_path, "touchpoints") == []


def test_events_without_event_id_get_stable_ids(ws: Workspace, tmp_path: Path) -> None:
    body = ("customer_id,ts,touchpoint_id,action\n"
            "c1,2026-10-03T10:00:00,tp_home,click\n"
            "c1,2026-10-03T10:00:00,tp_home,click\n"     # a real double click: two events
            "c2,2026-10-03T11:00:00,tp_home,view\n")
    folder = write_folder(tmp_path / "d", {"events.csv": body})
    load(ws, folder)
    first = table_rows(ws.db_path, "events", "event_id")
    assert len(first) == 3 and len({r[3] for r in first}) == 3
    assert all(r[3].startswith("syn-") for r in first)
    again = load(ws, folder)
    assert again.tables["events"].unchanged == 3
    assert table_rows(ws.db_path, "events", "event_id") == first
    ws2 = Workspace(tmp_path / "other")
    load(ws2, folder)
    assert {r[3] for r in table_rows(ws2.db_path, "events")} == {r[3] for r in first}


def test_duplicate_rows_with_same_content_load_once(ws: Workspace, tmp_path: Path) -> None:
    body = GOOD["events.csv"] + "e1,c1,2026-10-03 21:14:05,tp_home,view,ios,autumn\n"
    report = load(ws, variant(tmp_path / "d", events__csv=body))
    assert report.tables["events"].rows_read == 5 and report.tables["events"].added == 4


def test_skip_bad_rows_writes_neutralised_reject_file(ws: Workspace, tmp_path: Path) -> None:
    body = GOOD["events.csv"] + ("e5,c1,not-a-time,tp_home,view,ios,=HYPERLINK(\"http://x\")\n"
                                 "e6,c1,2026-10-05T00:00:00,tp_nowhere,view,ios,\n"
                                 "@SUM(1),c2,2026-10-05T00:00:00,tp_home,view,ios,\n")
    report = load(ws, variant(tmp_path / "d", events__csv=body), skip_bad_rows=True)
    ev = report.tables["events"]
    assert (ev.rows_read, ev.added, ev.rejected) == (7, 5, 2)
    assert {r[3] for r in table_rows(ws.db_path, "events")} == {"e1", "e2", "e3", "e4", "@SUM(1)"}
    [path] = report.reject_files
    assert path.parent == ws.rejects_dir and path.name.endswith("-events.csv")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert [(r["line"], r["column"]) for r in rows] == [("6", "ts"), ("7", "touchpoint_id")]
    assert rows[0]["value"] == "not-a-time"
    assert rows[0]["raw_row"] == 'e5,c1,not-a-time,tp_home,view,ios,"=HYPERLINK(""http://x"")"'
    assert "tp_nowhere" in rows[1]["raw_row"]
    # stored verbatim in the database, neutralised only in the file we write
    formula = write_folder(tmp_path / "f", {"feedback.csv": "feedback_id,text,rating\nf1,=1+2,9\n"})
    rep = load(ws, formula, skip_bad_rows=True)
    fb_rows = list(csv.DictReader(rep.reject_files[0].open(encoding="utf-8")))
    assert fb_rows[0]["raw_row"] == "f1,=1+2,9"
    assert fb_rows[0]["value"] == "9"
    weird = write_folder(tmp_path / "g", {"feedback.csv": "feedback_id,text,rating\n=cmd,x,9\n"})
    rep = load(ws, weird, skip_bad_rows=True)
    row = list(csv.DictReader(rep.reject_files[0].open(encoding="utf-8")))[0]
    assert row["raw_row"] == "'=cmd,x,9"


def test_header_only_bom_crlf_and_unknown_files(ws: Workspace, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "d", {
        "events.csv": "\ufeffevent_id,customer_id,ts,touchpoint_id\r\ne1,c1,2026-10-03T10:00:00,tp_x\r\n",
        "orders.csv": "order_id,customer_id,ts,amount\n",
        "README.txt": "hello", "sessions.csv": "a,b\n1,2\n",
    })
    report = load(ws, folder)
    assert report.tables["orders"].rows_read == 0
    assert table_rows(ws.db_path, "events")[0][:4] == ("c1", datetime(2026, 10, 3, 10), "tp_x", "e1")
    assert report.ignored_files == ["README.txt", "sessions.csv"]
    assert any("ignored" in line and "README.txt" in line for line in report.summary_lines())


def test_dataset_time_zone_setting(ws: Workspace, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "d", {"events.csv": (
        "event_id,customer_id,ts,touchpoint_id\n"
        "e1,c1,2026-10-03T21:15:05+08:00,tp\ne2,c1,2026-10-03T13:15:05Z,tp\ne3,c1,2026-10-03 09:00:00,tp\n")})
    load(ws, folder, data_tz="Asia/Shanghai")
    got = {r[3]: r[1] for r in table_rows(ws.db_path, "events")}
    assert got == {"e1": datetime(2026, 10, 3, 21, 15, 5), "e2": datetime(2026, 10, 3, 21, 15, 5),
                   "e3": datetime(2026, 10, 3, 9, 0, 0)}
    with pytest.raises(ConfigError):
        load(Workspace(tmp_path / "w3"), folder, data_tz="Mars/Olympus")


def test_enrichers_run_on_staging_and_failures_roll_back(ws: Workspace, tmp_path: Path) -> None:
    seen: list[int] = []

    def enrich(con: duckdb.DuckDBPyConnection) -> None:
        seen.append(con.execute("SELECT count(*) FROM feedback").fetchall()[0][0])
        con.execute("UPDATE feedback SET sentiment = 'neutral' WHERE sentiment IS NULL")

    load(ws, variant(tmp_path / "a"), enrichers=[enrich])
    assert seen == [3]
    assert {r[10] for r in table_rows(ws.db_path, "feedback")} == {"neutral"}
    before = sha256(ws.db_path)

    def broken(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("DELETE FROM feedback")
        raise RuntimeError("enricher crashed")

    with pytest.raises(RuntimeError):
        load(ws, write_folder(tmp_path / "b", {"feedback.csv": "feedback_id,text\nf9,new\n"}), enrichers=[broken])
    assert sha256(ws.db_path) == before
    assert [p.name for p in ws.staging_dir.iterdir()] == ["ingest.lock"]


def test_second_ingest_waits_for_lock_and_stale_staging_is_cleaned(ws: Workspace, tmp_path: Path) -> None:
    folder = variant(tmp_path / "a")
    ws.staging_dir.mkdir(parents=True)
    (ws.staging_dir / "dead.duckdb").write_bytes(b"left by a killed load")
    (ws.staging_dir / "dead.duckdb.tmp").mkdir()
    held = Staging(ws, copy_current=True)
    try:
        with pytest.raises(WorkspaceError) as err:
            load(ws, folder)
        assert err.value.code == "ingest_running"
    finally:
        held.abort()
    load(ws, folder)
    assert [p.name for p in ws.staging_dir.iterdir()] == ["ingest.lock"]


def test_report_summary_and_dict(ws: Workspace, tmp_path: Path) -> None:
    report = load(ws, variant(tmp_path / "a"))
    d = report.to_dict()
    assert d["tables"]["events"]["added"] == 4 and json.dumps(d)
    lines = report.summary_lines()
    assert lines[0].startswith("loaded") and any("events" in x and "4 added" in x for x in lines)
    assert report.elapsed_s > 0


def test_bad_input_is_not_raised_for_good_data_in_skip_mode(ws: Workspace, tmp_path: Path) -> None:
    report = load(ws, variant(tmp_path / "a"), skip_bad_rows=True)
    assert report.reject_files == [] and not ws.rejects_dir.exists()
    with pytest.raises(BadInputError):
        load(ws, write_folder(tmp_path / "b", {"events.csv": b""}), skip_bad_rows=True)


def test_progress_bar_only_on_a_terminal(ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    folder = variant(tmp_path / "a")
    ingest_folder(ws, folder, progress=True)          # stderr is captured: not a TTY, so no bar
    assert capsys.readouterr().err == ""
    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    ingest_folder(ws, folder, progress=True)
    assert "ingest" in capsys.readouterr().err


@pytest.mark.parametrize(("cell", "written"), [
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("+A1", "'+A1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("-3.5", "-3.5"), ("+7", "+7"), ("hello=1", "hello=1"), (None, ""), ("", "")])
def test_neutralise_formula_cells(cell: str | None, written: str) -> None:
    from knowledge.ingest.rejects import neutralise
    assert neutralise(cell) == written


def test_database_from_an_older_schema_gains_new_columns(ws: Workspace, tmp_path: Path) -> None:
    ws.ensure()
    con = duckdb.connect(str(ws.db_path))
    con.execute("CREATE TABLE feedback (feedback_id VARCHAR, text VARCHAR)")
    con.execute("INSERT INTO feedback VALUES ('old', 'kept')")
    con.close()
    load(ws, write_folder(tmp_path / "d", {"feedback.csv": "feedback_id,text,nps\nf1,hi,9\n"}))
    rows = table_rows(ws.db_path, "feedback")
    assert [(r[0], r[1], r[2]) for r in rows] == [("f1", "hi", None), ("old", "kept", None)]
    assert len(rows[0]) == len(TABLES["feedback"].all_columns)


@pytest.mark.parametrize("with_ids", [True, False])
def test_events_are_stored_in_time_order(ws: Workspace, tmp_path: Path, with_ids: bool) -> None:
    # time order lets period filters skip row groups; the file's own order is arbitrary
    stamps = ["2026-10-05T09:00:00", "2026-10-01T08:00:00", "2026-10-09T07:00:00", "2026-10-03T06:00:00"]
    head = "event_id,customer_id,ts,touchpoint_id,action\n" if with_ids else "customer_id,ts,touchpoint_id,action\n"
    body = head + "".join((f"e{i}," if with_ids else "") + f"c{i},{ts},tp_home,view\n" for i, ts in enumerate(stamps))
    load(ws, write_folder(tmp_path / "d", {"events.csv": body}))
    con = duckdb.connect(str(ws.db_path), read_only=True)
    try:
        stored = [r[0] for r in con.execute("SELECT ts FROM events").fetchall()]
    finally:
        con.close()
    assert stored == sorted(datetime.fromisoformat(s) for s in stamps)
