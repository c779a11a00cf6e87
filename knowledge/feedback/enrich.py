"""Fill feedback.language, sentiment, sentiment_score and theme on ingestion's staging connection.

Sentiment is computed once per comment (rows where sentiment IS NULL). Themes are recomputed
for every row on each load so labels stay consistent as comments arrive: per touchpoint, the
comments are clustered on TF-IDF word vectors reduced by truncated SVD (LSA; no embedding model,
so a 50 k-comment load stays fast), and each comment gets its cluster's keyword label in its own
language (see themes.label_groups).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Sequence

import duckdb
import numpy as np
import pyarrow as pa

from knowledge.feedback.cluster import cluster_vectors
from knowledge.feedback.keywords import Tokenizer
from knowledge.feedback.lsa import lsa_vectors
from knowledge.feedback.language import detect_language
from knowledge.feedback.sentiment import SentimentAnalyzer
from knowledge.feedback.themes import label_groups
from knowledge.feedback.words import word

CHUNK = 2000


def theme_labels(texts: Sequence[str], languages: Sequence[str], tokenizer: Tokenizer) -> list[str]:
    """Per comment, the keyword label of its LSA cluster in the comment's language."""
    by_lang = tokenizer.by_language(texts)
    docs = [z + e for z, e in zip(by_lang["zh"], by_lang["en"])]
    out = [word("other_theme", "zh" if lang != "en" else "en") for lang in languages]
    keep = [i for i, d in enumerate(docs) if d]
    if not keep:
        return out
    x = lsa_vectors([docs[i] for i in keep])
    labels, _ = cluster_vectors(x) if x.shape[1] > 1 else (np.zeros(len(keep), dtype=int), None)
    kept = {lang: [by_lang[lang][i] for i in keep] for lang in ("zh", "en")}
    names = {lang: label_groups(kept, labels, lang) for lang in ("zh", "en")}
    for j, i in enumerate(keep):
        out[i] = names["en" if languages[i] == "en" else "zh"][int(labels[j])]
    return out


def _update(con: duckdb.DuckDBPyConnection, table: pa.Table, sets: str) -> None:
    con.register("_feedback_enrich", table)
    try:
        con.execute(f"UPDATE feedback SET {sets} FROM _feedback_enrich u WHERE feedback.feedback_id = u.feedback_id")
    finally:
        con.unregister("_feedback_enrich")


def enrich_feedback(con: duckdb.DuckDBPyConnection, *, progress: bool = True, embedder: Any = None) -> int:
    """Fill language, sentiment, sentiment_score and theme of feedback rows missing them.

    With an embedder, sentiment also uses the embedding classifier (sentiment_embed.py).
    """
    tokenizer = Tokenizer()  # one jieba dictionary load for sentiment and themes
    todo = con.execute("SELECT feedback_id, text, rating, nps FROM feedback WHERE sentiment IS NULL").fetchall()
    if todo:
        from tqdm import tqdm
        analyzer = SentimentAnalyzer(tokenizer, embedder=embedder)
        ids: list[str] = []
        langs: list[str] = []
        labels: list[str] = []
        scores: list[float] = []
        with tqdm(total=len(todo), desc="feedback sentiment", unit="comment", disable=not progress) as bar:
            for s in range(0, len(todo), CHUNK):
                part = todo[s:s + CHUNK]
                results = analyzer.analyze_many([r[1] for r in part], [r[2] for r in part], [r[3] for r in part])
                for (fid, text, rating, nps), res in zip(part, results):
                    ids.append(fid)
                    langs.append(detect_language(text))
                    labels.append(res.label)
                    scores.append(res.score)
                bar.update(min(CHUNK, len(todo) - s))
        _update(con, pa.table({"feedback_id": ids, "language": langs, "sentiment": labels, "sentiment_score": scores}),
                "language = u.language, sentiment = u.sentiment, sentiment_score = u.sentiment_score")
    refresh_themes(con, tokenizer)
    return len(todo)


def refresh_themes(con: duckdb.DuckDBPyConnection, tokenizer: Tokenizer | None = None) -> None:
    """Recompute every comment's theme label, touchpoint by touchpoint."""
    rows: list[Any] = con.execute("SELECT feedback_id, text, touchpoint_id, language FROM feedback "
                                  "ORDER BY touchpoint_id, feedback_id").fetchall()
    if not rows:
        return
    groups: dict[Any, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups[r[2]].append(i)
    tokenizer = tokenizer or Tokenizer()
    themes: list[str] = [""] * len(rows)
    for members in groups.values():
        labels = theme_labels([rows[i][1] or "" for i in members], [rows[i][3] or "en" for i in members], tokenizer)
        for i, lab in zip(members, labels):
            themes[i] = lab
    _update(con, pa.table({"feedback_id": [r[0] for r in rows], "theme": themes}), "theme = u.theme")
