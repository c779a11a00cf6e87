"""Sentiment from the multilingual sentence embedding: a shipped logistic regression plus a stacker.

`sentiment_use.npz` holds 512 weights and a bias fitted by bench/train_sentiment_use.py on
labelled zh and en review corpora (never eval data), and per language the stacker (a, b, c) that
combines the embedding logit u with the lexicon models' score s (sentiment.py):
    p(positive) = logistic(a·u + b·atanh(s) + c).
Because zh and en share the embedding space, the classifier also reads the language it saw less
of, slang and emoji the lexicons miss; the lexicons keep negation and CX phrases sharp.
"""
from __future__ import annotations

import math
from importlib import resources

import numpy as np

from knowledge.errors import ConfigError

WEIGHTS_FILE = "sentiment_use.npz"
# atanh of a lexicon score is capped so a saturated VADER compound stays a finite input
_CAP = 0.999


class EmbeddingSentiment:
    """Logits of embedding vectors and their combination with a lexicon score."""

    def __init__(self, w: np.ndarray, b: float, stack: dict[str, np.ndarray]) -> None:
        self._w = np.asarray(w, dtype=np.float32)
        self._b = float(b)
        self._stack = stack

    @classmethod
    def load(cls) -> "EmbeddingSentiment":
        """The shipped weights."""
        try:
            with resources.files("knowledge.feedback").joinpath(WEIGHTS_FILE).open("rb") as fh:
                d = np.load(fh)
                return cls(d["w"], float(d["b"]), {"zh": np.array(d["stack_zh"]), "en": np.array(d["stack_en"])})
        except (FileNotFoundError, KeyError, ValueError) as exc:
            raise ConfigError(f"sentiment weights {WEIGHTS_FILE} are missing or damaged",
                              hint="reinstall the package or run bench/train_sentiment_use.py") from exc

    @property
    def dim(self) -> int:
        """Vector length the weights expect."""
        return int(self._w.shape[0])

    def logits(self, vectors: np.ndarray) -> np.ndarray:
        """Decision values of unit vectors (positive means positive sentiment)."""
        return np.asarray(vectors, dtype=np.float32) @ self._w + self._b

    def combine(self, logit: float, lexicon_score: float, lang: str, extra: float = 0.0, scale: float = 1.0) -> float:
        """Final text score in -1..1 from the embedding logit and the lexicon score (zh or en stacker),
        `extra` added to the stacked logit, the sum multiplied by `scale`."""
        a, b, c = self._stack["zh" if lang == "zh" else "en"]
        s = max(-_CAP, min(_CAP, lexicon_score))
        z = scale * (a * logit + b * math.atanh(s) + c + extra)
        return 2.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z)))) - 1.0
