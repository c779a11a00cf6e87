"""The Chroma index of feedback comments: one vector per comment plus filterable metadata.

Persistent in the workspace (`chroma/`) or, when `JOURNEY_CHROMA_URL` is set, on a Chroma
server. The collection is named after the embedding model, so switching models builds a fresh
collection instead of mixing vector spaces. Chroma's own default embedder downloads a model and
fails offline, so every write and query here passes our vectors explicitly.
"""
from __future__ import annotations

import hashlib
import os
import re
from typing import Any, Iterable, Sequence
from urllib.parse import urlparse

import numpy as np

from knowledge.errors import ConfigError, WorkspaceError
from knowledge.feedback.keywords import content_text
from knowledge.feedback.embedder import ChromaEmbeddingFunction, Embedder, make_embedder
from knowledge.gateway import Gateway
from knowledge.workspace import Workspace

ENV_URL = "JOURNEY_CHROMA_URL"
PREFIX = "feedback-"
# comments per step of a sync: the next slab is embedded (in worker processes) while this one
# is written to Chroma, so the two overlap; big enough for the embedder's parallel path
SLAB = 4096
READ_PAGE = 5000
# per-comment values an open index keeps in memory, per kind (vectors are 2 KB each: 30,000 = 60 MB);
# reading 6,000 vectors from Chroma and segmenting their texts cost ~1 s per themes question otherwise
MEMO_ITEMS = 30_000


class Memo(dict):  # type: ignore[type-arg]
    """A dict that stops taking new keys at `limit` (the values it has stay valid)."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def __setitem__(self, key: Any, value: Any) -> None:
        if key in self or len(self) < self.limit:
            super().__setitem__(key, value)
META_FIELDS = ("feedback_id", "touchpoint_id", "stage", "ts", "rating", "nps", "language", "channel",
               "sentiment", "sentiment_score", "customer_id")

FEEDBACK_SQL = """
SELECT f.feedback_id, f.text, f.touchpoint_id, t.stage, epoch(f.ts) AS ts, f.rating, f.nps,
       f.language, f.channel, f.sentiment, f.sentiment_score, f.customer_id
FROM feedback f LEFT JOIN touchpoints t ON t.touchpoint_id = f.touchpoint_id
"""


def collection_name(model: str, scope: str | None = None) -> str:
    """A valid Chroma collection name (3–512 chars of [A-Za-z0-9._-]) for a model and scope."""
    slug = re.sub(r"[^A-Za-z0-9._]+", "-", model).strip("-._") or "model"
    name = PREFIX + slug + (f"-{scope}" if scope else "")
    if len(name) > 512:
        name = name[:480] + "-" + hashlib.sha1(name.encode()).hexdigest()[:16]
    return name


def metadata_for(row: dict[str, Any]) -> dict[str, Any]:
    """Chroma metadata of one feedback row; missing values are left out (Chroma rejects None)."""
    meta: dict[str, Any] = {}
    for key in META_FIELDS:
        v = row.get(key)
        if v is None or (isinstance(v, float) and np.isnan(v)):
            continue
        if key in ("ts", "rating", "sentiment_score"):
            meta[key] = float(v)
        elif key == "nps":
            meta[key] = int(v)
        else:
            meta[key] = str(v)
    return meta


def make_client(workspace: Workspace) -> Any:
    """A Chroma client: HttpClient for $JOURNEY_CHROMA_URL, else persistent in the workspace."""
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False)
    url = os.environ.get(ENV_URL, "").strip()
    if url:
        parsed = urlparse(url if "://" in url else f"http://{url}")
        if not parsed.hostname:
            raise ConfigError(f"{ENV_URL}={url!r} is not a URL", hint="use e.g. http://127.0.0.1:8001")
        port = parsed.port or (443 if parsed.scheme == "https" else 8000)
        try:
            return chromadb.HttpClient(host=parsed.hostname, port=port, ssl=parsed.scheme == "https",
                                       settings=settings)
        except Exception as exc:  # connection refused, bad handshake: all mean "server not usable"
            raise ConfigError(f"cannot reach the Chroma server at {url}: {exc}",
                              hint=f"start it with `chroma run --path DIR --port {port}` or unset {ENV_URL}") from exc
    workspace.ensure()
    try:
        return chromadb.PersistentClient(path=str(workspace.chroma_dir), settings=settings)
    except Exception as exc:  # corrupt or locked folder
        raise WorkspaceError(f"cannot open the feedback index in {workspace.chroma_dir}: {exc}",
                             hint="delete that folder and run `journey ingest` again to rebuild it") from exc


class FeedbackIndex:
    """One workspace's feedback collection with its embedder."""

    def __init__(self, workspace: Workspace, embedder: Embedder | None = None, client: Any = None) -> None:
        self.workspace = workspace
        self.embedder = embedder or make_embedder()
        self.client = client if client is not None else make_client(workspace)
        # a server may hold many workspaces: scope the name by the workspace path there
        scope = hashlib.sha1(str(workspace.root).encode()).hexdigest()[:10] if os.environ.get(ENV_URL) else None
        self.name = collection_name(self.embedder.name, scope)
        self._catalogue: Any = None
        # values derived from the indexed comments (vectors, keyword tokens), kept for this index's
        # life: a server opens one index per data generation, so they never outlive the comments
        self._memos: dict[str, dict[str, Any]] = {}
        self.collection = self.client.get_or_create_collection(
            self.name, embedding_function=ChromaEmbeddingFunction(self.embedder),
            configuration={"hnsw": {"space": "cosine"}},
            metadata={"model": self.embedder.name, "dim": self.embedder.dim})

    def close(self) -> None:
        """Release the Chroma client: the next FeedbackIndex of this folder reads it afresh from disk
        (Chroma keeps one in-memory system per folder and would otherwise serve the stale one)."""
        close = getattr(self.client, "close", None)
        if callable(close):
            close()
        # other clients of the same folder in this process keep the shared in-memory system alive;
        # forget it so the next client loads the folder from disk (private API: no public way)
        try:
            from chromadb.api.shared_system_client import SharedSystemClient

            ident = getattr(self.client, "_identifier", None)
            SharedSystemClient._identifier_to_system.pop(ident, None)
            SharedSystemClient._identifier_to_refcount.pop(ident, None)
        except (ImportError, AttributeError):
            pass

    def reachable_sample(self, sample: int = 200) -> bool:
        """True when a sample of stored comments is found by vector search (each is its own nearest)."""
        total = self.count()
        if not total:
            return True
        ids = sorted(self.ids())
        step = max(1, len(ids) // sample)
        picked = ids[::step][:sample]
        vectors = self.embeddings(picked)
        if len(vectors) != len(picked):
            return False
        for fid in picked:
            # found = its own vector (or an identical comment's) comes back at distance ~0
            res = self.collection.query(query_embeddings=[vectors[fid]], n_results=1, include=["distances"])
            if not res["distances"][0] or res["distances"][0][0] > 1e-4:
                return False
        return True

    def catalogue(self) -> Any:
        """The bilingual theme-name catalogue embedded with this index's embedder (once per index)."""
        if getattr(self, "_catalogue", None) is None:
            from knowledge.feedback.theme_labels import Catalogue
            self._catalogue = Catalogue(self.embedder)
        return self._catalogue

    def memo(self, name: str) -> dict[str, Any]:
        """A cache named `name` of per-comment derived values (at most MEMO_ITEMS); emptied whenever comments change."""
        return self._memos.setdefault(name, Memo(MEMO_ITEMS))

    def count(self) -> int:
        """Number of comments indexed."""
        return int(self.collection.count())

    def ids(self) -> set[str]:
        """Every feedback_id in the collection."""
        out: set[str] = set()
        total = self.count()
        for offset in range(0, total, READ_PAGE):
            out.update(self.collection.get(include=[], limit=READ_PAGE, offset=offset)["ids"])
        return out

    def vectors(self, rows: Sequence[dict[str, Any]]) -> np.ndarray:
        """The embeddings add() stores for these comments."""
        return self.embedder.embed_documents([content_text(str(r.get("text") or "")) for r in rows])

    def add(self, rows: Sequence[dict[str, Any]], embeddings: np.ndarray | None = None) -> None:
        """Add (or overwrite) comments; embeds their text unless vectors are given."""
        if not rows:
            return
        self._memos.clear()
        vecs = np.asarray(embeddings if embeddings is not None else self.vectors(rows), dtype=np.float32)
        step = max(1, int(self.client.get_max_batch_size()))  # Chroma refuses bigger writes
        for s in range(0, len(rows), step):
            part = rows[s:s + step]
            self.collection.upsert(ids=[str(r["feedback_id"]) for r in part],
                                   documents=[str(r.get("text") or "") for r in part],
                                   embeddings=vecs[s:s + step], metadatas=[metadata_for(r) for r in part])

    def delete(self, ids: Iterable[str]) -> None:
        """Remove comments by feedback_id."""
        ids = list(ids)
        self._memos.clear()
        for s in range(0, len(ids), READ_PAGE):
            self.collection.delete(ids=ids[s:s + READ_PAGE])

    def embeddings(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """Stored vectors of the given ids (ids not indexed are absent), remembered in memo("vectors")."""
        memo = self.memo("vectors")
        out = {i: memo[i] for i in ids if i in memo}
        todo = [i for i in ids if i not in memo]
        for s in range(0, len(todo), READ_PAGE):
            got = self.collection.get(ids=list(todo[s:s + READ_PAGE]), include=["embeddings"])
            for i, v in zip(got["ids"], got["embeddings"]):
                out[i] = memo[i] = np.asarray(v, dtype=np.float32)
        return out

    def query(self, vector: np.ndarray, k: int, where: dict[str, Any] | None = None,
              ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Nearest comments to a vector: [{feedback_id, text, metadata, similarity}]."""
        kwargs: dict[str, Any] = {"query_embeddings": [np.asarray(vector, dtype=np.float32)],
                                  "n_results": k, "include": ["metadatas", "documents", "distances"]}
        if where:
            kwargs["where"] = where
        if ids is not None:
            kwargs["ids"] = list(ids)
        res = self.collection.query(**kwargs)
        out = []
        for i, doc, meta, dist in zip(res["ids"][0], res["documents"][0], res["metadatas"][0], res["distances"][0]):
            out.append({"feedback_id": i, "text": doc, "metadata": dict(meta or {}),
                        "similarity": round(1.0 - float(dist), 4)})
        return out

    def drop_stale_collections(self) -> list[str]:
        """Delete feedback collections of other models (after this one is complete)."""
        dropped = []
        for c in self.client.list_collections():
            name = c if isinstance(c, str) else c.name
            if name.startswith(PREFIX) and name != self.name and (not os.environ.get(ENV_URL) or name.endswith(self.name[-10:])):
                self.client.delete_collection(name)
                dropped.append(name)
        return dropped


def read_feedback(gw: Gateway, where_sql: str = "", params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
    """Feedback rows with the fields the index stores."""
    res = gw.query(FEEDBACK_SQL + where_sql + " ORDER BY f.feedback_id", list(params or []) or None,
                   row_cap=0, timeout_s=300)
    return res.records()


def sync_feedback_index(workspace: Workspace, *, progress: bool = True, embedder: Embedder | None = None) -> int:
    """Add feedback rows not yet in the Chroma index, drop removed ones; return how many were added."""
    workspace.require()
    gw = Gateway(workspace.db_path, timeout_s=300, max_rows=100_000_000)  # ingest-time: every comment
    try:
        rows = read_feedback(gw)
    finally:
        gw.close()
    own = embedder is None
    index = FeedbackIndex(workspace, embedder)
    try:
        return _sync_all(workspace, index, rows, progress)
    finally:
        if own:
            index.embedder.close()


def _sync_all(workspace: Workspace, index: "FeedbackIndex", rows: list[dict[str, Any]], progress: bool) -> int:
    # repair: a sync that was interrupted (marker left behind), or an index whose count or vector
    # search disagrees with the feedback table (two loads wrote it at once), is rebuilt from scratch
    marker = workspace.root / ".index-sync"
    if index.count() and (marker.exists() or not index.reachable_sample()):
        index = _emptied(index)
    marker.write_text("sync in progress\n", encoding="ascii")
    added = _sync(index, rows, progress)
    if index.count() != len(rows):  # the table and the index must agree when we are done
        index = _emptied(index)
        added = _sync(index, rows, progress)
    index.drop_stale_collections()
    marker.unlink(missing_ok=True)
    return added


def _emptied(index: FeedbackIndex) -> FeedbackIndex:
    index.client.delete_collection(index.name)
    return FeedbackIndex(index.workspace, index.embedder, index.client)


def _sync(index: FeedbackIndex, rows: list[dict[str, Any]], progress: bool) -> int:
    present = index.ids()
    wanted = {str(r["feedback_id"]) for r in rows}
    gone = present - wanted
    if gone:
        index.delete(sorted(gone))
    todo = [r for r in rows if str(r["feedback_id"]) not in present]
    if todo:
        from concurrent.futures import ThreadPoolExecutor

        from tqdm import tqdm
        slabs = [todo[s:s + SLAB] for s in range(0, len(todo), SLAB)]
        with tqdm(total=len(todo), desc="indexing feedback", unit="comment", disable=not progress) as bar, \
                ThreadPoolExecutor(1, thread_name_prefix="embed") as ahead:
            coming = ahead.submit(index.vectors, slabs[0])
            for i, slab in enumerate(slabs):
                vecs = coming.result()
                if i + 1 < len(slabs):
                    coming = ahead.submit(index.vectors, slabs[i + 1])
                index.add(slab, vecs)
                bar.update(len(slab))
    return len(todo)
