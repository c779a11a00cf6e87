"""The tiny journey workspace (tinyjourney.py) plus a few enriched comments, for journey-map tests."""
from __future__ import annotations

from pathlib import Path

import duckdb

import tinyjourney
from knowledge.gateway import Gateway

# (id, customer, ts, touchpoint, text, sentiment, score, rating, theme)
FEEDBACK = [
    ("f1", "c1", "2026-10-01 10:05:00", "pay", "payment failed twice", "negative", -0.8, 1, "payment fails"),
    ("f2", "c2", "2026-10-02 09:30:00", "pay", "card was declined again", "negative", -0.6, 2, "payment fails"),
    ("f3", "c5", "2026-10-06 10:20:00", "pay", "too many steps to pay", "negative", -0.4, 2, "too many steps"),
    ("f4", "c3", "2026-10-03 12:10:00", "pay", "quick and easy", "positive", 0.7, 5, "fast"),
    ("f5", "c4", "2026-10-05 09:00:00", "cart", "cart is fine", "neutral", 0.0, 4, None),
    ("f6", "c6", "2026-10-07 10:10:00", "help", "nobody answers", "negative", -0.9, 1, "no answer"),
    ("f7", "c1", "2026-09-01 10:00:00", "pay", "old complaint outside the period", "negative", -1.0, 1, "old"),
]


def build(root: Path, *, events: bool = True, feedback: bool = True) -> Gateway:
    tinyjourney.build(root, events=events).close()
    if feedback:
        con = duckdb.connect(str(root / "journey.duckdb"))
        con.executemany("INSERT INTO feedback (feedback_id, customer_id, ts, touchpoint_id, text, sentiment, "
                        "sentiment_score, rating, theme) VALUES (?, ?, CAST(? AS TIMESTAMP), ?, ?, ?, ?, ?, ?)", FEEDBACK)
        con.close()
    return Gateway(root / "journey.duckdb")


