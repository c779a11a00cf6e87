"""All-or-nothing loads: readers keep working, a killed load changes nothing, stale staging is cleaned."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from ingest_cases import sha256, table_rows, variant, write_folder
from knowledge.gateway import Gateway
from knowledge.ingest import ingest_folder
from knowledge.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]


def test_gateway_reads_old_file_during_load_and_new_file_after_swap(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    ingest_folder(ws, variant(tmp_path / "a"), progress=False)
    gw = Gateway(ws.db_path)
    try:
        assert gw.scalar("SELECT count(*) FROM events") == 4
        seen_during: list[int] = []

        def peek(con: duckdb.DuckDBPyConnection) -> None:
            assert con.execute("SELECT count(*) FROM events").fetchall()[0][0] == 6  # staging has the new rows
            seen_during.append(gw.scalar("SELECT count(*) FROM events"))

        more = write_folder(tmp_path / "b", {"events.csv": "event_id,customer_id,ts,touchpoint_id\n"
                                             "e8,c1,2026-10-07T00:00:00,tp_home\ne9,c2,2026-10-07T00:00:00,tp_pay\n"})
        ingest_folder(ws, more, enrichers=[peek], progress=False)
        assert seen_during == [4]
        assert gw.scalar("SELECT count(*) FROM events") == 6
    finally:
        gw.close()


def _big_folder(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True)
    con = duckdb.connect()
    con.execute(f"""COPY (SELECT 'e' || i AS event_id, 'c' || (i % 5000) AS customer_id,
        strftime(TIMESTAMP '2026-09-01' + to_seconds(i % 2000000), '%Y-%m-%dT%H:%M:%S') AS ts,
        'tp_' || (i % 20) AS touchpoint_id, 'view' AS action FROM range({n}) t(i))
        TO '{folder / "events.csv"}' (HEADER)""")
    con.close()
    return folder


@pytest.mark.heavy
def test_sigkill_midway_leaves_previous_state_and_next_load_cleans_up(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    ingest_folder(ws, variant(tmp_path / "a"), progress=False)
    before = sha256(ws.db_path)
    big = _big_folder(tmp_path / "big", 3_000_000)
    code = ("import sys; from pathlib import Path; from knowledge.ingest import ingest_folder; "
            "from knowledge.workspace import Workspace; "
            "ingest_folder(Workspace(Path(sys.argv[1])), sys.argv[2], progress=False)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(ws.root), str(big)], cwd=ROOT)
    old_size = ws.db_path.stat().st_size
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            staged = [p for p in ws.staging_dir.glob("*.duckdb*") if p.is_file()]
            if any(p.stat().st_size > old_size + 1_000_000 for p in staged):
                break  # the load is writing new blocks into its staging copy
            time.sleep(0.02)
        assert proc.poll() is None, "the load finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert sha256(ws.db_path) == before
    assert [r[3] for r in table_rows(ws.db_path, "events", "event_id")] == ["e1", "e2", "e3", "e4"]
    leftovers = [p.name for p in ws.staging_dir.iterdir() if p.name != "ingest.lock"]
    assert leftovers, "a killed load leaves its staging files behind"
    report = ingest_folder(ws, write_folder(tmp_path / "c", {
        "events.csv": "event_id,customer_id,ts,touchpoint_id\ne5,c1,2026-10-08T00:00:00,tp_home\n"}), progress=False)
    assert report.tables["events"].added == 1
    assert [p.name for p in ws.staging_dir.iterdir()] == ["ingest.lock"]
    assert len(table_rows(ws.db_path, "events")) == 5
