"""Sentiment on the dev sets used to choose the method (hand-written CX sentences + test fixtures).

Not eval data: bench/sentiment_dev_data.py was written by hand from general customer-service
knowledge. For the lexicon models alone and for the lexicon stacked with the embedding classifier
(sentiment_embed.py), prints binary (positive vs not, on polar sentences) and 3-class accuracy
per language at several neutral bands, and the misses of the shipped configuration. Then, when the
local mirror has them (bench/theme_dev_sets.py, pinned commit), the 4,386 tweets to UK mobile
operators their labellers marked negative / neutral / positive: positive-vs-negative accuracy,
3-class macro-F1 and each class's recall of the shipped configuration (where
sentiment.EMBEDDING_ALONE was chosen).
Run: python -m bench.bench_sentiment_dev
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bench.sentiment_dev_data import DEV_EN, DEV_NEUTRAL_EN, DEV_NEUTRAL_ZH, DEV_ZH  # noqa: E402
from feedback_fixtures import SENTIMENT_EN, SENTIMENT_ZH  # noqa: E402
from knowledge.feedback.embedder import make_embedder  # noqa: E402
from knowledge.feedback.sentiment import NEUTRAL_BAND, SentimentAnalyzer  # noqa: E402

BANDS = (0.05, 0.1, 0.2, 0.3)


def _label(score: float, band: float) -> str:
    return "positive" if score >= band else "negative" if score <= -band else "neutral"


def main() -> int:
    emb = make_embedder()
    configs = {"lexicon": SentimentAnalyzer(), "lexicon+embedding": SentimentAnalyzer(embedder=emb)}
    for name, rows in (("en", DEV_EN + SENTIMENT_EN + DEV_NEUTRAL_EN), ("zh", DEV_ZH + SENTIMENT_ZH + DEV_NEUTRAL_ZH)):
        for cname, sa in configs.items():
            t0 = time.perf_counter()
            scores = [r.text_score for r in sa.analyze_many([t for t, _ in rows])]
            dt = time.perf_counter() - t0
            cells = []
            for band in BANDS:
                labels = [_label(s, band) for s in scores]
                polar = [(g, p) for (_, g), p in zip(rows, labels) if g != "neutral"]
                binary = sum((p == "positive") == (g == "positive") for g, p in polar) / len(polar)
                three = sum(p == g for (_, g), p in zip(rows, labels)) / len(rows)
                cells.append(f"band {band}: binary {binary:.3f} 3-class {three:.3f}")
            print(f"{name} {cname:18} n={len(rows)} {len(rows) / dt:.0f} texts/s | " + " | ".join(cells))
        sa = configs["lexicon+embedding"]
        for (t, g), r in zip(rows, sa.analyze_many([t for t, _ in rows])):
            if _label(r.text_score, NEUTRAL_BAND) != g:
                print(f"   gold {g:8} got {r.label:8} {r.text_score:+.2f} {t}")
    operator_tweets(configs["lexicon+embedding"])
    return 0


def operator_tweets(sa: SentimentAnalyzer) -> None:
    """The operator tweets' three classes (Sentiment 0/1/2), scored as the product labels them."""
    from bench.bench_feedback_quality import macro_f1
    from bench.theme_dev_sets import TWEETS, mirror_file, xlsx_rows
    data = mirror_file(TWEETS, "labelled_data.xlsx")
    if data is None:
        print("operator tweets: not in the local mirror, skipped")
        return
    names = {"0": "negative", "1": "neutral", "2": "positive"}
    rows = [r for r in xlsx_rows(data) if r.get("Sentiment", "").strip() in names]
    gold = [names[r["Sentiment"].strip()] for r in rows]
    pred = [r.label for r in sa.analyze_many([r["Tweet Text"] for r in rows])]
    polar = [(g, p) for g, p in zip(gold, pred) if g != "neutral"]
    binary = sum((p == "positive") == (g == "positive") for g, p in polar) / len(polar)
    recall = {c: sum(p == c for g, p in zip(gold, pred) if g == c) / max(gold.count(c), 1) for c in names.values()}
    print(f"operator tweets n={len(rows)}: positive vs negative {binary:.3f}, 3-class macro-F1 "
          f"{macro_f1(gold, pred):.3f}, recall " + ", ".join(f"{c} {v:.3f}" for c, v in recall.items()))


if __name__ == "__main__":
    sys.exit(main())
