"""`journey demo`: generates into <workspace>/demo-data, loads it with replace, prints next steps."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from assistant.commands import demo as demo_cmd
from knowledge.demo.questions import EXAMPLE_QUESTIONS
from knowledge.workspace import Workspace


@dataclass
class FakeIngest:
    elapsed_s: float = 1.5


@dataclass
class FakeReport:
    ingest: FakeIngest = field(default_factory=FakeIngest)

    def summary_lines(self) -> list[str]:
        return ["replaced with demo-data in 1.5 s"]


def test_run_generates_loads_with_replace_and_prints_questions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    calls = []

    def fake_load(ws: Workspace, folder: Path, **kwargs: object) -> FakeReport:
        calls.append((ws, Path(folder), kwargs))
        return FakeReport()

    monkeypatch.setattr(demo_cmd, "load_dataset", fake_load)
    assert demo_cmd.run(size="small", seed=5, workspace=str(tmp_path / "ws")) == 0
    (ws, folder, kwargs), = calls
    assert ws.root == (tmp_path / "ws").resolve() and folder == ws.root / "demo-data"
    assert kwargs["replace"] is True
    assert (folder / "events.csv").exists() and (folder / "feedback.csv").exists()
    out = capsys.readouterr().out
    assert "generated the small demo dataset in" in out and "loaded into the workspace in" in out
    assert "ingest 1.5 s" in out and str(ws.root) in out
    assert EXAMPLE_QUESTIONS["zh"][0] in out and EXAMPLE_QUESTIONS["en"][0] in out


def test_example_questions_are_bilingual() -> None:
    assert len(EXAMPLE_QUESTIONS["zh"]) == len(EXAMPLE_QUESTIONS["en"]) >= 5
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in q) for q in EXAMPLE_QUESTIONS["zh"])
    assert all(q.isascii() for q in EXAMPLE_QUESTIONS["en"])


@pytest.mark.heavy
def test_real_ingester_accepts_the_demo_folder(tmp_path: Path) -> None:
    from knowledge.demo import generate_dataset
    from knowledge.gateway import Gateway
    from knowledge.ingest import ingest_folder

    m = generate_dataset(tmp_path / "data", size="small", seed=42)
    ws = Workspace(tmp_path / "ws").ensure()
    ingest_folder(ws, m.folder, replace=True, progress=False)
    gw = Gateway(ws.db_path)
    try:
        for table, n in m.rows.items():
            assert gw.scalar(f"SELECT count(*) FROM {table}") == n, table
    finally:
        gw.close()
