"""load_dataset wires ingestion, feedback enrichment (in the swap) and the feedback index (after it)."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

import knowledge.feedback.enrich as enrich_mod
import knowledge.feedback.index as index_mod
from assistant.cli import app
from ingest_cases import GOOD, sha256, table_rows, variant, write_folder
from knowledge.errors import BadInputError
from knowledge.pipeline import load_dataset
from knowledge.workspace import Workspace


@pytest.fixture()
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []

    def fake_enrich(con: duckdb.DuckDBPyConnection, *, progress: bool = True, embedder: object = None,
                    index: object = None) -> int:
        # the stored themes read earlier loads' vectors from the workspace's index, with the same embedder
        assert index is None or index.embedder is embedder
        n = con.execute("UPDATE feedback SET sentiment = 'neutral', language = 'zh' WHERE sentiment IS NULL").fetchall()
        seen.append(("enrich", progress))
        return int(n[0][0])

    def fake_index(workspace: Workspace, *, progress: bool = True, embedder: object = None) -> int:
        # runs after the swap: the enriched rows are already in the workspace file
        rows = table_rows(workspace.db_path, "feedback")
        seen.append(("index", sum(1 for r in rows if r[10] == "neutral")))
        return len(rows)

    monkeypatch.setattr(enrich_mod, "enrich_feedback", fake_enrich)
    monkeypatch.setattr(index_mod, "sync_feedback_index", fake_index)
    return seen


def test_load_dataset_enriches_then_indexes(tmp_path: Path, calls: list) -> None:
    ws = Workspace(tmp_path / "ws")
    report = load_dataset(ws, variant(tmp_path / "d"), progress=False)
    assert calls == [("enrich", False), ("index", 3)]
    assert report.indexed == 3 and report.ingest.tables["feedback"].added == 3
    assert report.to_dict()["indexed"] == 3
    assert any("search index" in line for line in report.summary_lines())


def test_no_index_without_feedback_or_when_disabled(tmp_path: Path, calls: list) -> None:
    ws = Workspace(tmp_path / "ws")
    report = load_dataset(ws, write_folder(tmp_path / "d", {"events.csv": GOOD["events.csv"]}), progress=False)
    assert [c[0] for c in calls] == ["enrich"] and report.indexed == 0 and not report.index_ran
    load_dataset(ws, variant(tmp_path / "e"), progress=False, index=False)
    assert [c[0] for c in calls] == ["enrich", "enrich"]


def test_bad_input_propagates_and_nothing_is_indexed(tmp_path: Path, calls: list) -> None:
    ws = Workspace(tmp_path / "ws")
    load_dataset(ws, variant(tmp_path / "d"), progress=False)
    before = sha256(ws.db_path)
    with pytest.raises(BadInputError):
        load_dataset(ws, variant(tmp_path / "e", feedback__csv="feedback_id,text,nps\nf1,x,12\n"), progress=False)
    assert sha256(ws.db_path) == before and len(calls) == 2


def test_data_tz_comes_from_environment(tmp_path: Path, calls: list, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOURNEY_DATA_TZ", "Asia/Shanghai")
    ws = Workspace(tmp_path / "ws")
    load_dataset(ws, write_folder(tmp_path / "d", {"events.csv": "event_id,customer_id,ts,touchpoint_id\n"
                                                   "e1,c1,2026-10-03T00:00:00Z,tp\n"}), progress=False)
    assert str(table_rows(ws.db_path, "events")[0][1]) == "2026-10-03 08:00:00"


def test_cli_ingest_exit_codes_and_messages(tmp_path: Path, calls: list) -> None:
    runner = CliRunner()
    ws = str(tmp_path / "ws")
    ok = runner.invoke(app, ["ingest", str(variant(tmp_path / "d")), "--workspace", ws])
    assert ok.exit_code == 0, ok.output
    assert "events" in ok.stdout and "4 added" in ok.stdout
    bad = variant(tmp_path / "e", events__csv="event_id,customer_id,ts,touchpoint_id\ne1,c1,soon,tp_home\n")
    res = runner.invoke(app, ["ingest", str(bad), "--workspace", ws])
    assert res.exit_code == 2
    assert "events.csv:2 column 'ts'" in res.stderr and "fix:" in res.stderr and "--skip-bad-rows" in res.stderr
    skip = runner.invoke(app, ["ingest", str(bad), "--workspace", ws, "--skip-bad-rows"])
    assert skip.exit_code == 0 and "1 rejected" in skip.stdout and "rejects" in skip.stdout
    rep = runner.invoke(app, ["ingest", str(write_folder(tmp_path / "f", {"feedback.csv": "feedback_id,text\nf1,x\n"})),
                              "--workspace", ws, "--replace"])
    assert rep.exit_code == 0 and rep.stdout.startswith("replaced with")
    assert len(table_rows(Path(ws) / "journey.duckdb", "events")) == 0
