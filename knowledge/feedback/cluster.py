"""Clustering of normalised comment vectors: spherical k-means with k chosen by silhouette."""
from __future__ import annotations

import math
from typing import Any

import numpy as np

K_MAX = 12
# Silhouette on sentence embeddings favours two broad blobs (praise vs. blame), so the
# smallest k considered grows with the slice: about sqrt(n / PER_THEME), at least K_FLOOR.
K_FLOOR = 3
PER_THEME = 40
# a theme needs this many comments on average: 43 comments offer at most 8 themes, not 12
MIN_SIZE = 5
SILHOUETTE_SAMPLE = 1000
# k is chosen on a sample this big; only the final k-means runs on every point
SELECT_SAMPLE = 2000
# k-means restarts per k, keeping the tightest: one unlucky seeding otherwise splits a pain point
# (parallel zh/en pairs in one theme: 0.85-0.92 over seeds with one start)
N_INIT = 3
# ... and this many for slices of at most SMALL_SLICE comments, where a restart costs little: over ten
# orderings of the zh/en pairs, pairs in one theme 0.91 (min 0.85) with 3 starts, 0.92-0.93 (min 0.87-0.89) with 8
N_INIT_SMALL = 8
SMALL_SLICE = 1000
# neighbour smoothing before clustering (see neighbour_smooth): chosen on our dev sets (demo
# phrase-book complaints NMI 0.37 -> 0.46, banking queries 0.49 -> 0.53, zh/en pairs in one theme
# 0.85-0.92 -> 0.96 over three orderings of the same comments)
SMOOTH_NEIGHBOURS = 8
SMOOTH_DIMS = 64
# mutual nearest neighbours at least this similar (language-neutral vectors) share a theme, see
# join_mutual_neighbours; translations of one complaint score 0.54 at the median after centring
MUTUAL_MIN = 0.4


def one_blas_thread() -> Any:
    """Context in which numpy's BLAS/LAPACK runs on one thread.

    On a busy 2-core machine OpenBLAS's second thread spin-waits against other processes: warm
    themes of 6,000 comments took 3.9-7 s with two threads (a 1000x512 SVD alone 3.5 s) and
    1.2-1.6 s with one, under the same load (bench/bench_themes_speed.py).
    """
    from threadpoolctl import threadpool_limits
    return threadpool_limits(limits=1, user_api="blas")


def _normalise(x: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(x, axis=1, keepdims=True)
    n[n == 0] = 1.0
    return (x / n).astype(np.float32)


def kmeans(x: np.ndarray, k: int, *, seed: int = 0, iters: int = 30,
           init: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Spherical k-means (cosine) with k-means++ seeding, or from `init` centroids: (labels, unit centroids)."""
    x = _normalise(x)
    n = x.shape[0]
    if init is not None:
        c = _normalise(np.asarray(init, dtype=np.float32))
    else:
        rng = np.random.default_rng(seed)
        centres = [x[rng.integers(n)]]
        closest = 1.0 - x @ centres[0]
        for _ in range(1, k):
            p = np.clip(closest, 0, None) ** 2
            idx = int(rng.choice(n, p=p / p.sum())) if p.sum() > 0 else int(rng.integers(n))
            centres.append(x[idx])
            closest = np.minimum(closest, 1.0 - x @ x[idx])
        c = np.vstack(centres)
    labels = np.full(n, -1)
    for _ in range(iters):
        sims = x @ c.T
        new = np.argmax(sims, axis=1)
        if np.array_equal(new, labels):
            break
        labels = new
        onehot = np.zeros((n, k), dtype=np.float32)
        onehot[np.arange(n), labels] = 1.0
        sums = onehot.T @ x                   # all centroids in one matrix product
        empty = onehot.sum(axis=0) == 0
        if empty.any():
            # an emptied cluster restarts at the point worst served by its centre
            sums[empty] = x[np.argmin(sims.max(axis=1))]
        c = _normalise(sums)
    return labels, c


def best_kmeans(x: np.ndarray, k: int, *, seed: int = 0, n_init: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """kmeans() from n_init seedings (by default N_INIT, N_INIT_SMALL for small slices), keeping the one
    with the highest total cosine to its centroids."""
    xn = _normalise(x)
    if n_init is None:
        n_init = N_INIT_SMALL if len(x) <= SMALL_SLICE else N_INIT
    best: tuple[float, np.ndarray, np.ndarray] | None = None
    for s in range(seed, seed + n_init):
        labels, c = kmeans(xn, k, seed=s)
        fit = float(np.sum(xn * c[labels]))
        if best is None or fit > best[0]:
            best = (fit, labels, c)
    assert best is not None
    return best[1], best[2]


def neighbour_smooth(x: np.ndarray, m: int = SMOOTH_NEIGHBOURS, *, dims: int = SMOOTH_DIMS,
                     chunk: int = 2000) -> np.ndarray:
    """Each unit vector averaged with the mean of its m nearest neighbours, re-normalised.

    Near-duplicates on a cluster boundary (a complaint and its translation are each other's
    nearest neighbours) then move together instead of landing in two themes. Neighbours are
    found in the top `dims` principal directions (6,000 comments: ~0.2 s instead of ~1 s).
    """
    n = len(x)
    if n <= m + 1 or m < 1:
        return x
    xn = _normalise(x)
    z = _search_space(xn, dims)
    out = np.empty_like(xn)
    for s in range(0, n, chunk):
        sims = z[s:s + chunk] @ z.T
        sims[np.arange(sims.shape[0]), np.arange(s, s + sims.shape[0])] = -np.inf
        idx = np.argpartition(sims, sims.shape[1] - m, axis=1)[:, -m:]   # the m largest, no negated copy
        out[s:s + chunk] = xn[s:s + chunk] + xn[idx].mean(axis=1)
    return _normalise(out)


def _search_space(xn: np.ndarray, dims: int) -> np.ndarray:
    """Unit vectors in the top `dims` principal directions of xn (xn itself when it is that small)."""
    n = len(xn)
    if xn.shape[1] <= dims or n <= dims:
        return xn
    centred = xn - xn.mean(axis=0)
    sample = centred[np.random.default_rng(0).choice(n, min(n, 1000), replace=False)]
    # top principal directions from the small d x d scatter matrix: 5x cheaper than the SVD of the sample
    _, vecs = np.linalg.eigh(sample.T @ sample)
    return _normalise(centred @ vecs[:, ::-1][:, :dims])


def join_mutual_neighbours(x: np.ndarray, labels: np.ndarray, *, min_sim: float = MUTUAL_MIN,
                           dims: int = SMOOTH_DIMS, chunk: int = 2000) -> np.ndarray:
    """Two comments that are each other's nearest neighbour (cosine >= min_sim in x) share one cluster.

    A complaint and its translation, or two customers saying the same thing, otherwise fall on
    either side of a boundary k-means drew elsewhere. The pair goes to the cluster whose centre
    (mean of x) is nearest their mean. Neighbours are searched in the top `dims` principal
    directions and the similarity checked in x. Chosen on our dev sets (bench/bench_themes_dev.py):
    zh/en pairs in one theme 43.3 -> 44.6 of 47 (mean of 8 small perturbations of the vectors,
    min 42 -> 44); demo phrase-book complaints NMI 0.509 -> 0.505.
    """
    n = len(x)
    if n < 3 or not len(labels):
        return labels
    xn = _normalise(x)
    z = _search_space(xn, dims)
    nearest = np.empty(n, dtype=int)
    for s in range(0, n, chunk):
        sims = z[s:s + chunk] @ z.T
        sims[np.arange(sims.shape[0]), np.arange(s, s + sims.shape[0])] = -np.inf
        nearest[s:s + chunk] = np.argmax(sims, axis=1)
    idx = np.arange(n)
    pairs = idx[(nearest[nearest] == idx) & (idx < nearest)]
    pairs = pairs[labels[pairs] != labels[nearest[pairs]]]
    if not len(pairs):
        return labels
    mates = nearest[pairs]
    close = np.sum(xn[pairs] * xn[mates], axis=1) >= min_sim
    pairs, mates = pairs[close], mates[close]
    k = int(labels.max()) + 1
    onehot = np.zeros((n, k), dtype=np.float32)
    onehot[idx, labels] = 1.0
    centres = _normalise(onehot.T @ xn)
    out = labels.copy()
    target = np.argmax((xn[pairs] + xn[mates]) @ centres.T, axis=1)
    out[pairs] = target
    out[mates] = target
    return out


def silhouette(x: np.ndarray, labels: np.ndarray, *, sample: int = SILHOUETTE_SAMPLE, seed: int = 0) -> float:
    """Mean silhouette with cosine distance, on a random sample of at most `sample` points."""
    x = _normalise(x)
    if len(x) > sample:
        idx = np.random.default_rng(seed).choice(len(x), sample, replace=False)
        x, labels = x[idx], labels[idx]
    ks = np.unique(labels)
    if len(ks) < 2:
        return -1.0
    d = np.clip(1.0 - x @ x.T, 0, 2)
    onehot = (labels[:, None] == ks[None, :]).astype(np.float32)
    sizes = onehot.sum(axis=0)
    sums = d @ onehot                                   # distance of each point to each cluster
    own = np.searchsorted(ks, labels)
    own_size = sizes[own]
    a = sums[np.arange(len(x)), own] / np.maximum(own_size - 1, 1)
    mean_other = sums / np.maximum(sizes, 1)
    mean_other[np.arange(len(x)), own] = np.inf
    b = mean_other.min(axis=1)
    s = np.where(own_size > 1, (b - a) / np.maximum(np.maximum(a, b), 1e-9), 0.0)
    return float(s.mean())


def k_floor(n: int, upper: int = K_MAX) -> int:
    """Smallest number of themes worth offering for n comments (never above upper, never below 2)."""
    return max(2, min(upper, max(K_FLOOR, round(math.sqrt(n / PER_THEME)))))


def cluster_vectors(x: np.ndarray, *, k_max: int = K_MAX, min_size: int = MIN_SIZE, seed: int = 0,
                    k: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Group vectors into k clusters, k chosen by silhouette in k_floor(n)..k_max unless given: (labels, centroids).

    With k chosen here, clusters of fewer than min_size points are folded into their neighbours (fold_small).
    """
    n = len(x)
    if k is not None and n >= k >= 1:
        return best_kmeans(x, k, seed=seed)
    labels, c = _select_and_cluster(x, k_max=k_max, min_size=min_size, seed=seed)
    return fold_small(x, labels, c, min_size)


def fold_small(x: np.ndarray, labels: np.ndarray, c: np.ndarray, min_size: int = MIN_SIZE) -> tuple[np.ndarray, np.ndarray]:
    """Clusters of fewer than min_size points join their nearest other cluster (labels renumbered 0..).

    A theme of two or three comments is one customer's wording, not a pain point, and cannot be
    named by several customers in each language.
    """
    sizes = np.bincount(labels, minlength=len(c))
    keep = np.flatnonzero(sizes >= min_size)
    if len(keep) == 0 or len(keep) == np.count_nonzero(sizes):
        return labels, c
    xn = _normalise(x)
    small = ~np.isin(labels, keep)
    out = labels.copy()
    out[small] = keep[np.argmax(xn[small] @ c[keep].T, axis=1)]
    renumber = {int(old): new for new, old in enumerate(keep)}
    out = np.array([renumber[int(v)] for v in out])
    onehot = np.zeros((len(x), len(keep)), dtype=np.float32)
    onehot[np.arange(len(x)), out] = 1.0
    return out, _normalise(onehot.T @ xn)


def _select_and_cluster(x: np.ndarray, *, k_max: int, min_size: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    n = len(x)
    if n == 0:
        return np.zeros(0, dtype=int), np.zeros((0, x.shape[1] if x.ndim == 2 else 0), dtype=np.float32)
    upper = min(k_max, n // min_size)
    if upper < 2:
        return np.zeros(n, dtype=int), _normalise(x.sum(axis=0, keepdims=True))
    sample = x
    if n > SELECT_SAMPLE:
        sample = x[np.random.default_rng(seed).choice(n, SELECT_SAMPLE, replace=False)]
    best: tuple[float, int, np.ndarray, np.ndarray] | None = None
    for k in range(k_floor(n, upper), upper + 1):
        labels, c = best_kmeans(sample, k, seed=seed)
        score = silhouette(sample, labels, seed=seed)
        if best is None or score > best[0]:
            best = (score, k, labels, c)
    assert best is not None
    if sample is x:
        return best[2], best[3]
    # every point, started from the sample's centroids: one run converges in a few iterations
    return kmeans(x, best[1], seed=seed, init=best[3])
