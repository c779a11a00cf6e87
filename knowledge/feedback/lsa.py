"""Keyword vectors of comments: TF-IDF of their content words reduced by truncated SVD (LSA).

Used where words matter more than tone: the stored per-touchpoint theme labels (enrich.py, no
embedding model) and, next to the multilingual embedding, the clustering of themes (themes.py):
a sentence embedding of a short complaint carries much of its tone and phrasing, its content
words say which pain point it is about.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence

import numpy as np

LSA_DIMS = 48
# up to this many documents the reduction is an eigen-decomposition of their Gram matrix (exact
# and repeatable, 0.1 s at 800); beyond it a truncated SVD of the top `dims` directions
DENSE_MAX = 800


def lsa_vectors(docs: Sequence[Sequence[str]], dims: int = LSA_DIMS) -> np.ndarray:
    """TF-IDF of token lists (words in ≥ 2 docs) reduced to at most `dims` dimensions."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.linalg import svds

    df: dict[str, int] = defaultdict(int)
    for d in docs:
        for w in set(d):
            df[w] += 1
    vocab = {w: i for i, w in enumerate(sorted(w for w, c in df.items() if c >= 2))}
    n = len(docs)
    if len(vocab) < 2 or n < 3:
        return np.zeros((n, 1), dtype=np.float32)
    idf = np.log((1 + n) / (1 + np.array([df[w] for w in sorted(vocab, key=vocab.get)], dtype=np.float64))) + 1
    rows, cols, vals = [], [], []
    for r, d in enumerate(docs):
        counts: dict[int, int] = defaultdict(int)
        for w in d:
            if w in vocab:
                counts[vocab[w]] += 1
        for c, v in counts.items():
            rows.append(r)
            cols.append(c)
            vals.append(v * idf[c])
    m = csr_matrix((vals, (rows, cols)), shape=(n, len(vocab)), dtype=np.float64)
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    m = csr_matrix(m.multiply(1 / norms[:, None]))
    k = min(dims, min(m.shape) - 1)
    if k < 1:
        return m.toarray().astype(np.float32)
    if n <= DENSE_MAX:
        # ARPACK (svds) asked for nearly all singular vectors of a small matrix returns different
        # ones from call to call; the n x n Gram matrix's eigenvectors (LAPACK) are the same every time
        vals, vecs = np.linalg.eigh((m @ m.T).toarray())
        top = np.argsort(-vals, kind="stable")[:k]
        return (vecs[:, top] * np.sqrt(np.clip(vals[top], 0, None))).astype(np.float32)
    u, s, _ = svds(m, k=k, random_state=0)
    return (u * s).astype(np.float32)
