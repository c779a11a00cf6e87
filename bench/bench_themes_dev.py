"""Theme dev sets used to choose the clustering steps (never eval data).

- demo phrase-book complaints: 2,400 negative/mixed comments composed from knowledge/demo's zh/en
  phrase books, gold = touchpoint/theme key (45 keys), 60 % Chinese;
- the parallel zh/en complaint pairs of tests/feedback_parallel.py (share of pairs in one theme);
- optionally banking77 (PolyAI-LDN/task-specific-datasets @ 57ec275 : banking_data/, CC BY 4.0):
  its 3,080 test queries (77 intents) with --banking, and with --banking-train three samples of
  10 random intents from train.csv with skewed sizes (about 500 messages each, closer to a
  10-reason complaint set).
Prints purity / NMI / k for raw vectors, per-language centring, centring + neighbour smoothing,
centring + keywords (themes.with_keywords) + smoothing, and that + mutual neighbours joined, the product's steps.
Run: python -m bench.bench_themes_dev [--banking test.csv] [--banking-train train.csv]
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bench.bench_feedback_quality import nmi, purity  # noqa: E402
from feedback_parallel import PAIRS  # noqa: E402
from knowledge.demo.texts import Composer, load_phrasebooks  # noqa: E402
from knowledge.feedback.cluster import cluster_vectors, join_mutual_neighbours, neighbour_smooth, one_blas_thread  # noqa: E402
from knowledge.feedback.embedder import make_embedder  # noqa: E402
from knowledge.feedback.keywords import Tokenizer, content_text  # noqa: E402
from knowledge.feedback.neutral import language_neutral  # noqa: E402
from knowledge.feedback.themes import keyword_docs, with_keywords  # noqa: E402


def demo_complaints(n: int = 2400) -> list[tuple[str, str, str]]:
    """(text, gold theme, language) composed from the demo phrase books."""
    books = load_phrasebooks()
    r = random.Random(3)
    comp = Composer(books, r)
    tps = list(books["en"].data["themes"])
    out = []
    for _ in range(n):
        tp = r.choice(tps)
        themes = books["en"].themes(tp, "neg")
        if not themes:
            continue
        th = r.choice(themes)
        lang = "zh" if r.random() < 0.6 else "en"
        praise = books[lang].themes(tp, "pos") or ["x"]
        text = comp.compose(lang, tp, "neg" if r.random() < 0.85 else "mixed", th,
                            r.choice(["survey", "app_review", "social", "ticket", "call_note"]), r.choice(praise))
        out.append((text, f"{tp}/{th}", lang))
    return out


def banking_samples(train: list[dict[str, str]], draws: int = 3) -> list[list[dict[str, str]]]:
    """Per draw, 10 random intents; the intent ranked r keeps 1 / (1 + r/2) of its messages."""
    intents = sorted({b["category"] for b in train})
    out = []
    for seed in range(draws):
        r = random.Random(seed)
        rows: list[dict[str, str]] = []
        for rank, intent in enumerate(r.sample(intents, 10)):
            members = [b for b in train if b["category"] == intent]
            rows += r.sample(members, max(8, int(len(members) / (1 + 0.5 * rank))))
        out.append(rows)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--banking", type=Path, default=None)
    ap.add_argument("--banking-train", type=Path, default=None)
    args = ap.parse_args()
    emb = make_embedder()
    sets: dict[str, tuple[np.ndarray, list[str], list[str] | None]] = {}
    texts: dict[str, list[str]] = {}
    demo = demo_complaints()
    texts["demo"] = [content_text(t) for t, _, _ in demo]
    sets["demo"] = (emb.embed_documents(texts["demo"]), [l for _, _, l in demo], [g for _, g, _ in demo])
    n = len(PAIRS)
    texts["pairs"] = [p[1] for p in PAIRS] + [p[2] for p in PAIRS]
    sets["pairs"] = (emb.embed_documents([p[1] for p in PAIRS] + [p[2] for p in PAIRS]), ["zh"] * n + ["en"] * n, None)
    if args.banking:
        with open(args.banking, encoding="utf-8") as fh:
            bank = list(csv.DictReader(fh))
        texts["banking77"] = [b["text"] for b in bank]
        sets["banking77"] = (emb.embed_documents([b["text"] for b in bank]), ["en"] * len(bank), [b["category"] for b in bank])
    if args.banking_train:
        with open(args.banking_train, encoding="utf-8") as fh:
            train = list(csv.DictReader(fh))
        for seed, rows in enumerate(banking_samples(train)):
            texts[f"bank10.{seed}"] = [b["text"] for b in rows]
            sets[f"bank10.{seed}"] = (emb.embed_documents([b["text"] for b in rows]), ["en"] * len(rows),
                                      [b["category"] for b in rows])
    tok = Tokenizer()
    docs: dict[str, list[list[str]]] = {}
    steps = {"raw": lambda x, l, d: x, "centred": lambda x, l, d: language_neutral(x, l),
             "centred+smoothed": lambda x, l, d: neighbour_smooth(language_neutral(x, l)),
             "centred+keywords+smoothed": lambda x, l, d: neighbour_smooth(with_keywords(language_neutral(x, l), d))}
    # the product's last step: mutual nearest neighbours share a theme (cluster.join_mutual_neighbours)
    steps["centred+keywords+smoothed+mutual"] = steps["centred+keywords+smoothed"]
    for name, step in steps.items():
        cells = []
        for set_name, (x, langs, gold) in sets.items():
            if set_name not in docs:
                docs[set_name] = keyword_docs(texts[set_name], tok)
            with one_blas_thread():
                labels, _ = cluster_vectors(step(x, langs, docs[set_name]))
                if name.endswith("+mutual"):
                    labels = join_mutual_neighbours(language_neutral(x, langs), labels)
            if gold is None:
                cells.append(f"pairs in one theme {np.mean(labels[:n] == labels[n:]):.3f} (k={len(set(labels))})")
            else:
                cells.append(f"{set_name} purity {purity(gold, list(labels)):.3f} NMI {nmi(gold, list(labels)):.3f} "
                             f"(k={len(set(labels))})")
        print(f"{name:36} " + " | ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
