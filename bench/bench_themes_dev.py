"""Theme dev sets used to choose the clustering steps (never eval data).

- demo phrase-book complaints: 2,400 negative/mixed comments composed from knowledge/demo's zh/en
  phrase books, gold = touchpoint/theme key (45 keys), 60 % Chinese;
- the parallel zh/en complaint pairs of tests/feedback_parallel.py (share of pairs in one theme);
- optionally banking77's test queries (PolyAI, CC BY 4.0; 3,080 English customer messages, 77
  intents) from a local CSV given with --banking.
Prints purity / NMI / k for raw vectors, per-language centring, and centring + neighbour smoothing.
Run: python -m bench.bench_themes_dev [--banking bank_test.csv]
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
from knowledge.feedback.cluster import cluster_vectors, neighbour_smooth  # noqa: E402
from knowledge.feedback.embedder import make_embedder  # noqa: E402
from knowledge.feedback.keywords import content_text  # noqa: E402
from knowledge.feedback.neutral import language_neutral  # noqa: E402


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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--banking", type=Path, default=None)
    args = ap.parse_args()
    emb = make_embedder()
    sets: dict[str, tuple[np.ndarray, list[str], list[str] | None]] = {}
    demo = demo_complaints()
    sets["demo"] = (emb.embed_documents([content_text(t) for t, _, _ in demo]), [l for _, _, l in demo], [g for _, g, _ in demo])
    n = len(PAIRS)
    sets["pairs"] = (emb.embed_documents([p[1] for p in PAIRS] + [p[2] for p in PAIRS]), ["zh"] * n + ["en"] * n, None)
    if args.banking:
        with open(args.banking, encoding="utf-8") as fh:
            bank = list(csv.DictReader(fh))
        sets["banking77"] = (emb.embed_documents([b["text"] for b in bank]), ["en"] * len(bank), [b["category"] for b in bank])
    steps = {"raw": lambda x, l: x, "centred": language_neutral,
             "centred+smoothed": lambda x, l: neighbour_smooth(language_neutral(x, l))}
    for name, step in steps.items():
        cells = []
        for set_name, (x, langs, gold) in sets.items():
            labels, _ = cluster_vectors(step(x, langs))
            if gold is None:
                cells.append(f"pairs in one theme {np.mean(labels[:n] == labels[n:]):.3f} (k={len(set(labels))})")
            else:
                cells.append(f"{set_name} purity {purity(gold, list(labels)):.3f} NMI {nmi(gold, list(labels)):.3f} "
                             f"(k={len(set(labels))})")
        print(f"{name:18} " + " | ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
