"""Issue 9 §4: one workspace generation number, moved after the swap and the index sync; the ingest
lock covers indexing; a server reopens DuckDB and Chroma together; a re-run repairs the index."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import duckdb
import numpy as np
import pytest

import knowledge.feedback.index as index_mod
from feedback_fixtures import build_workspace, feedback_rows
from knowledge.errors import WorkspaceError
from knowledge.feedback.embedder import Embedder
from knowledge.feedback.index import FeedbackIndex, sync_feedback_index
from knowledge.gateway import Gateway, read_generation
from knowledge.ingest.staging import IngestLock, bump_generation
from knowledge.pipeline import load_dataset
from knowledge.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]


class HashEmbedder(Embedder):
    """Deterministic 32-d vectors from a text's hash: fast, and equal texts get equal vectors."""

    name = "test-hash-32"
    dim = 32

    def _encode(self, texts):
        out = []
        for t in texts:
            seed = int.from_bytes(hashlib.sha256(t.encode()).digest()[:8], "little")
            out.append(np.random.default_rng(seed).standard_normal(self.dim))
        return np.asarray(out, dtype=np.float32)


def _dataset(folder: Path, n_feedback: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "touchpoints.csv").write_text("touchpoint_id,name,stage\nhome,Home,awareness\n", encoding="utf-8")
    (folder / "events.csv").write_text("customer_id,ts,touchpoint_id\nc1,2026-10-01 10:00:00,home\n", encoding="utf-8")
    lines = ["feedback_id,text,ts"] + [f"f{i},comment number {i} about home,2026-10-01 10:00:00"
                                       for i in range(n_feedback)]
    (folder / "feedback.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_the_ingest_lock_covers_indexing_and_the_generation_moves_last(tmp_path, monkeypatch):
    ws = Workspace(tmp_path / "ws")
    seen = {}

    def fake_sync(workspace, progress=True, embedder=None):
        # inside the sync: another load cannot start, and servers still see the old generation
        with pytest.raises(WorkspaceError) as err:
            IngestLock(workspace).acquire()
        seen["code"] = err.value.code
        seen["generation"] = read_generation(workspace.generation_path)
        return 0

    monkeypatch.setattr(index_mod, "sync_feedback_index", fake_sync)
    load_dataset(ws, _dataset(tmp_path / "d1", 3), progress=False)
    assert seen == {"code": "ingest_running", "generation": None}
    assert read_generation(ws.generation_path) == 1
    load_dataset(ws, _dataset(tmp_path / "d1", 4), progress=False)
    assert seen["generation"] == 1 and read_generation(ws.generation_path) == 2
    with IngestLock(ws):
        with pytest.raises(WorkspaceError) as err:
            load_dataset(ws, tmp_path / "d1", progress=False, index=False)
        assert err.value.code == "ingest_running"


def test_a_gateway_watching_the_generation_reopens_only_when_it_moves(tmp_path):
    ws = Workspace(tmp_path / "ws")
    load_dataset(ws, _dataset(tmp_path / "d", 2), progress=False, index=False)
    gw = Gateway(ws.db_path, generation_path=ws.generation_path)
    assert gw.scalar("SELECT count(*) FROM feedback") == 2
    # a load holding the lock swaps the file but has not finished (index sync still to come)
    from knowledge.ingest import ingest_folder
    with IngestLock(ws) as lock:
        ingest_folder(ws, _dataset(tmp_path / "d", 5), progress=False, lock=lock)
        assert gw.scalar("SELECT count(*) FROM feedback") == 2  # still the old, consistent generation
        bump_generation(ws)
    assert gw.scalar("SELECT count(*) FROM feedback") == 5
    gw.close()


def test_an_interrupted_or_damaged_index_is_rebuilt_by_the_next_sync(tmp_path):
    ws = build_workspace(tmp_path / "fb", feedback_rows())
    emb = HashEmbedder()
    n = sync_feedback_index(ws, progress=False, embedder=emb)
    total = FeedbackIndex(ws, emb).count()
    assert n == total > 0
    # damage: a comment's vector replaced by another's, and the sync marker of a killed load
    idx = FeedbackIndex(ws, emb)
    ids = sorted(idx.ids())
    idx.collection.upsert(ids=[ids[0]], embeddings=[np.ones(emb.dim, dtype=np.float32)], documents=["x"])
    (ws.root / ".index-sync").write_text("sync in progress\n", encoding="ascii")
    assert sync_feedback_index(ws, progress=False, embedder=emb) == total  # rebuilt: every comment re-added
    fresh = FeedbackIndex(ws, emb)
    assert fresh.count() == total and fresh.reachable_sample(sample=total)
    assert not (ws.root / ".index-sync").exists()
    # an index holding fewer comments than the table is completed, one holding more is trimmed
    fresh.delete(ids[:3])
    assert sync_feedback_index(ws, progress=False, embedder=emb) == 3
    fresh.add([{"feedback_id": "ghost", "text": "not in the table"}])
    sync_feedback_index(ws, progress=False, embedder=emb)
    assert FeedbackIndex(ws, emb).count() == total


_SYNC_IN_CHILD = """
import os, shutil, sys, duckdb
from pathlib import Path
sys.path[:0] = [{root!r}, {tests!r}]
from knowledge.workspace import Workspace
from knowledge.feedback.index import sync_feedback_index
from knowledge.ingest.staging import IngestLock, bump_generation
ws = Workspace(Path({ws!r}))
with IngestLock(ws):
    # like ingestion: change a copy, then swap it in (the server keeps its read-only handle)
    staged = ws.root / "staged.duckdb"
    shutil.copyfile(ws.db_path, staged)
    con = duckdb.connect(str(staged))
    con.execute("DELETE FROM feedback WHERE feedback_id IN (SELECT feedback_id FROM feedback ORDER BY 1 LIMIT 5)")
    con.execute("INSERT INTO feedback (feedback_id, text, ts) VALUES ('new1', 'the app keeps crashing at checkout', '2026-10-09')")
    con.close()
    os.replace(staged, ws.db_path)
    sync_feedback_index(ws, progress=False)
    bump_generation(ws)
"""


@pytest.mark.heavy
def test_a_server_reopens_chroma_after_an_ingest_in_another_process(tmp_path):
    from assistant.chat_handler import build_chat_service
    from assistant.settings import load_settings

    ws = build_workspace(tmp_path / "srv", feedback_rows())
    sync_feedback_index(ws, progress=False)
    bump_generation(ws)
    svc = build_chat_service(load_settings(JOURNEY_MODEL="offline"), workspace=str(ws.root))
    before = svc.feedback_index()
    n = before.count()
    before.query(before.embedder.embed_query("checkout"), 5)
    code = _SYNC_IN_CHILD.format(root=str(ROOT), tests=str(ROOT / "tests"), ws=str(ws.root))
    subprocess.run([sys.executable, "-c", code], check=True, timeout=600, cwd=str(ROOT))
    after = svc.feedback_index()
    assert after is not before and after.count() == n - 5 + 1
    hits = after.query(after.embedder.embed_query("app crashing at checkout"), n - 4)
    # every comment comes back (no "Error finding id" for the deleted ones) and the new one is there
    assert len(hits) == n - 4 and "new1" in {h["feedback_id"] for h in hits}
    svc.close()
