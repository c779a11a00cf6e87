"""Theme dev sets used to choose the clustering steps (never eval data): bench/theme_dev_sets.py.

Three tables:
1. purity / NMI / k per set for each step of the product's pipeline, k chosen as in the product:
   raw vectors, per-language centring, + neighbour smoothing, + keywords (themes.with_keywords),
   + mutual neighbours joined (the product's steps); for the zh/en pairs, the share in one theme;
2. the product's steps with k fixed at 12 (the airline yardstick's regime: 9,178 tweets give
   k_floor = K_MAX = 12), mean ± sd over `--draws` random 90 % subsamples of each set: one run
   of a few hundred comments moves by 0.01-0.03, so a change is only worth taking when it beats that;
3. the 10-nearest-neighbour (leave-one-out) accuracy of the gold reasons on the clustered vectors
   (centred + keywords): how far the vectors themselves separate the reasons. No clustering of the
   same vectors gets far past it, so purity well below it is the clustering's fault and purity
   near it the vectors'.
Run: python -m bench.bench_themes_dev [--draws 5] [--sets tweets_neg,rest_en]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import Callable, Sequence

import numpy as np

from bench.bench_feedback_quality import nmi, purity
from bench.theme_dev_sets import DevSet, all_sets
from knowledge.feedback.cluster import cluster_vectors, join_mutual_neighbours, neighbour_smooth, one_blas_thread
from knowledge.feedback.embedder import make_embedder
from knowledge.feedback.keywords import Tokenizer, content_text
from knowledge.feedback.neutral import language_neutral
from knowledge.feedback.themes import keyword_docs, with_keywords

Step = Callable[[np.ndarray, Sequence[str], Sequence[Sequence[str]]], np.ndarray]
STEPS: dict[str, Step] = {
    "raw": lambda x, l, d: x,
    "centred": lambda x, l, d: language_neutral(x, l),
    "centred+smoothed": lambda x, l, d: neighbour_smooth(language_neutral(x, l)),
    "centred+keywords+smoothed": lambda x, l, d: neighbour_smooth(with_keywords(language_neutral(x, l), d)),
}
# the product's last step: mutual nearest neighbours share a theme (cluster.join_mutual_neighbours)
STEPS["centred+keywords+smoothed+mutual"] = STEPS["centred+keywords+smoothed"]
PRODUCT = "centred+keywords+smoothed+mutual"
FIXED_K = 12
NEIGHBOURS = 10


def cluster(step: str, x: np.ndarray, langs: Sequence[str], docs: Sequence[Sequence[str]],
            k: int | None = None) -> np.ndarray:
    """Theme labels of one set through the steps up to `step` (k chosen as in the product unless given)."""
    with one_blas_thread():
        labels, _ = cluster_vectors(STEPS[step](x, langs, docs), k=k)
        if step.endswith("+mutual"):
            labels = join_mutual_neighbours(language_neutral(x, langs), labels)
    return labels


def cell(s: DevSet, labels: np.ndarray) -> tuple[float, float]:
    """(purity, NMI) against the gold reasons; for the parallel pairs (share in one theme, 0)."""
    if s.name == "pairs":
        n = len(labels) // 2
        return float(np.mean(labels[:n] == labels[n:])), 0.0
    return purity(s.gold, list(labels)), nmi(s.gold, list(labels))


def knn_accuracy(z: np.ndarray, gold: Sequence[str], m: int = NEIGHBOURS) -> float:
    """Share of items whose m nearest others (cosine) mostly carry their own gold reason."""
    z = z / np.maximum(np.linalg.norm(z, axis=1, keepdims=True), 1e-9)
    sims = z @ z.T
    np.fill_diagonal(sims, -np.inf)
    nearest = np.argpartition(-sims, m, axis=1)[:, :m]
    g = np.asarray(gold)
    return float(np.mean([Counter(g[row]).most_common(1)[0][0] == g[i] for i, row in enumerate(nearest)]))


def fixed_k_draws(s: DevSet, x: np.ndarray, docs: list[list[str]], draws: int) -> tuple[np.ndarray, np.ndarray]:
    """Purity and NMI of the product's steps at k = FIXED_K over random 90 % subsamples (pairs: row orders)."""
    ps, ns = [], []
    for d in range(draws):
        rng = np.random.default_rng(100 + d)
        n = len(s.texts)
        idx = rng.permutation(n) if s.name == "pairs" else np.sort(rng.choice(n, int(0.9 * n), replace=False))
        labels = cluster(PRODUCT, x[idx], [s.langs[i] for i in idx], [docs[i] for i in idx], k=FIXED_K)
        if s.name == "pairs":
            full = np.empty(n, dtype=int)
            full[idx] = labels
            p, q = cell(s, full)
        else:
            sub = DevSet(s.name, [s.texts[i] for i in idx], [s.langs[i] for i in idx], [s.gold[i] for i in idx])
            p, q = cell(sub, labels)
        ps.append(p)
        ns.append(q)
    return np.array(ps), np.array(ns)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--draws", type=int, default=5, help="subsamples per set for the fixed-k table")
    ap.add_argument("--sets", default="", help="comma-separated set names (default: all available)")
    args = ap.parse_args()
    sets = [s for s in all_sets() if not args.sets or s.name in args.sets.split(",")]
    emb, tok = make_embedder(), Tokenizer()
    vecs = {s.name: np.asarray(emb.embed_documents([content_text(t) for t in s.texts]), dtype=np.float32) for s in sets}
    docs = {s.name: keyword_docs(s.texts, tok) for s in sets}
    print(f"sets: {', '.join(f'{s.name} ({len(s.texts)}, {len(set(s.gold))} reasons)' for s in sets)}")

    print("\n1. purity / NMI (k) per step, k chosen as in the product")
    for step in STEPS:
        cells = []
        for s in sets:
            labels = cluster(step, vecs[s.name], s.langs, docs[s.name])
            p, q = cell(s, labels)
            cells.append(f"{s.name} {p:.3f}" + ("" if s.name == "pairs" else f"/{q:.3f}") + f" (k={len(set(labels))})")
        print(f"{step:34} " + " | ".join(cells))

    print(f"\n2. the product's steps at k = {FIXED_K}, mean ± sd over {args.draws} subsamples (purity, NMI)")
    for s in sets:
        ps, ns = fixed_k_draws(s, vecs[s.name], docs[s.name], args.draws)
        if s.name == "pairs":
            print(f"{s.name:12} in one theme {ps.mean():.3f} ± {ps.std():.3f}")
            continue
        base = Counter(s.gold).most_common(1)[0][1] / len(s.gold)
        print(f"{s.name:12} purity {ps.mean():.3f} ± {ps.std():.3f}  NMI {ns.mean():.3f} ± {ns.std():.3f}"
              f"  (largest reason {base:.3f})")

    print(f"\n3. {NEIGHBOURS}-nearest-neighbour accuracy of the gold reasons on the clustered vectors (centred + keywords)")
    for s in sets:
        if s.name != "pairs":
            z = with_keywords(language_neutral(vecs[s.name], s.langs), docs[s.name])
            print(f"{s.name:12} {knn_accuracy(z, s.gold):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
