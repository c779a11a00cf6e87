"""Fill feedback.language, sentiment, sentiment_score and theme on ingestion's staging connection.

Sentiment is computed once per comment (rows where sentiment IS NULL); when the feedback file brings its own
sentiment column (an extra column such as `sentiment` or `sentiment_label` whose values are positive / negative /
neutral, or 正面 / 负面 / 中性 …), that label is the comment's sentiment and the model only gives the score. Themes are recomputed
for every row on each load so labels stay consistent as comments arrive: per touchpoint, the
themes a question about that touchpoint finds (themes.discover_themes), each comment labelled
with its theme's name in its own language. Without an embedding model at hand the comments are
clustered on TF-IDF word vectors reduced by truncated SVD (LSA) and labelled with their
cluster's key words (see themes.label_groups).
"""
from __future__ import annotations

import json
import re
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


def enrich_feedback(con: duckdb.DuckDBPyConnection, *, progress: bool = True, embedder: Any = None,
                    index: Any = None) -> int:
    """Fill language, sentiment, sentiment_score and theme of feedback rows missing them.

    With an embedder, sentiment also uses the embedding classifier (sentiment_embed.py). With an
    embedder or a feedback index (its stored vectors), themes are the ones answers find (refresh_themes).
    """
    tokenizer = Tokenizer()  # one jieba dictionary load for sentiment and themes
    todo = con.execute("SELECT feedback_id, text, rating, nps, properties FROM feedback WHERE sentiment IS NULL").fetchall()
    given = given_sentiment([r[4] for r in todo])
    todo = [r[:4] for r in todo]
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
                for k, ((fid, text, rating, nps), res) in enumerate(zip(part, results)):
                    ids.append(fid)
                    langs.append(detect_language(text))
                    # the company's own label, when its file brings one, is the comment's sentiment
                    labels.append((given[s + k] if given else None) or res.label)
                    scores.append(res.score)
                bar.update(min(CHUNK, len(todo) - s))
        _update(con, pa.table({"feedback_id": ids, "language": langs, "sentiment": labels, "sentiment_score": scores}),
                "language = u.language, sentiment = u.sentiment, sentiment_score = u.sentiment_score")
    refresh_themes(con, tokenizer, index=index, embedder=embedder)
    return len(todo)


# a column of the feedback file that already says each comment's sentiment (kept in `properties`): its name …
GIVEN_KEYS = re.compile(r"(?i)^(?:sentiment|sentiment_label|sentiment_tag|label|polarity|tone|情感|情感倾向|情绪|评价类型|"
                        r"好差评)$")
# … and its words for the three labels
GIVEN_WORDS = {"positive": "positive", "pos": "positive", "正面": "positive", "好评": "positive", "积极": "positive",
               "negative": "negative", "neg": "negative", "负面": "negative", "差评": "negative", "消极": "negative",
               "neutral": "neutral", "neu": "neutral", "中性": "neutral", "中评": "neutral", "mixed": "neutral"}
GIVEN_MIN = 0.95  # of the comments with a value in that column, the share whose value is one of those words


def given_sentiment(properties: Sequence[Any]) -> list[str | None] | None:
    """Per comment, the sentiment the company's own column gives (positive / negative / neutral), or None when no
    column of `properties` reads as one: a key named like a sentiment whose values are (almost) all label words,
    with at least two labels among them. Numbers are never read as labels (1/0 could mean anything)."""
    parsed = [json.loads(p) if isinstance(p, str) and p else (p or {}) for p in properties]
    keys = {k for d in parsed if isinstance(d, dict) for k in d if GIVEN_KEYS.match(str(k))}
    for key in sorted(keys):
        vals = [str(d.get(key)).strip().lower() if isinstance(d, dict) and d.get(key) not in (None, "") else None
                for d in parsed]
        said = [v for v in vals if v is not None]
        mapped = [GIVEN_WORDS.get(v) for v in said]
        if said and sum(m is not None for m in mapped) >= GIVEN_MIN * len(said) and len(set(mapped) - {None}) >= 2:
            return [GIVEN_WORDS.get(v) if v is not None else None for v in vals]
    return None


def refresh_themes(con: duckdb.DuckDBPyConnection, tokenizer: Tokenizer | None = None, *,
                   index: Any = None, embedder: Any = None) -> None:
    """Recompute every comment's theme label, touchpoint by touchpoint.

    With an index or an embedder the themes are the ones a themes question about that touchpoint
    finds (themes.discover_themes on the same comments, vectors and excluded place words), and a
    comment is labelled with its theme's name in its own language. Without either (no embedding
    model at hand) they are keyword clusters (theme_labels above).
    """
    rows: list[Any] = con.execute("SELECT feedback_id, text, touchpoint_id, language, customer_id FROM feedback "
                                  "ORDER BY touchpoint_id, feedback_id").fetchall()
    if not rows:
        return
    groups: dict[Any, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups[r[2]].append(i)
    tokenizer = tokenizer or Tokenizer()
    themes: list[str] = [""] * len(rows)
    if index is None and embedder is None:
        for members in groups.values():
            labels = theme_labels([rows[i][1] or "" for i in members], [rows[i][3] or "en" for i in members], tokenizer)
            for i, lab in zip(members, labels):
                themes[i] = lab
    else:
        from knowledge.feedback.theme_labels import Catalogue
        from knowledge.feedback.themes import catalogue_for, discover_themes, name_words
        catalogue = catalogue_for(index) if index is not None else Catalogue(embedder)
        places = {r[0]: [str(v) for v in r[1:] if v] for r in
                  con.execute("SELECT touchpoint_id, name, name_zh, name_en FROM touchpoints").fetchall()}
        for tp, members in groups.items():
            items = [{"feedback_id": rows[i][0], "text": rows[i][1], "language": rows[i][3],
                      "customer_id": rows[i][4]} for i in members]
            ts = discover_themes(items, index=index, embedder=embedder, tokenizer=tokenizer, catalogue=catalogue,
                                 exclude=name_words(places.get(tp, []), tokenizer) if tp is not None else ())
            row_of = {r[0]: i for i, r in ((i, rows[i]) for i in members)}
            for t in ts.themes:
                for j in t.members:
                    i = row_of[ts.rows[j]["feedback_id"]]
                    themes[i] = t.name.in_lang("zh" if rows[i][3] == "zh" else "en")
    _update(con, pa.table({"feedback_id": [r[0] for r in rows], "theme": themes}), "theme = u.theme")
