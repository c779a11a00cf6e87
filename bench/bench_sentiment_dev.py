"""Sentiment on the dev sets used to choose the method (hand-written CX sentences + test fixtures).

Not eval data: bench/sentiment_dev_data.py was written by hand from general customer-service
knowledge. Prints binary (positive vs not) and 3-class accuracy per language, and every miss.
Run: python -m bench.bench_sentiment_dev
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bench.sentiment_dev_data import DEV_EN, DEV_ZH  # noqa: E402
from feedback_fixtures import SENTIMENT_EN, SENTIMENT_ZH  # noqa: E402
from knowledge.feedback.sentiment import SentimentAnalyzer  # noqa: E402


def main() -> int:
    sa = SentimentAnalyzer()
    for name, rows in (("en", DEV_EN + SENTIMENT_EN), ("zh", DEV_ZH + SENTIMENT_ZH)):
        t0 = time.perf_counter()
        labels = [sa.analyze(t).label for t, _ in rows]
        dt = time.perf_counter() - t0
        polar = [(g, p) for (_, g), p in zip(rows, labels) if g != "neutral"]
        binary = sum((p == "positive") == (g == "positive") for g, p in polar) / len(polar)
        three = sum(p == g for (_, g), p in zip(rows, labels)) / len(rows)
        print(f"{name}: binary {binary:.3f} (n={len(polar)})  3-class {three:.3f} (n={len(rows)})  {len(rows) / dt:.0f} texts/s")
        for (t, g), p in zip(rows, labels):
            if p != g:
                print(f"   gold {g:8} got {p:8} {t}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
