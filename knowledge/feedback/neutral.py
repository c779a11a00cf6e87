"""Make comment vectors language-neutral before clustering, so one pain point is one theme.

The multilingual encoder puts "验证码收不到" near "the code never arrives", but every Chinese
vector also shares a Chinese direction (and every English one an English direction); in a slice
that mixes both, k-means splits on that shared offset before it splits on meaning. Centring each
language on its own mean removes the offset (per-language mean centring, as in cross-lingual
retrieval work); mixed zh/en comments are centred on the average of both means. A slice with
too few comments in one language is centred on its overall mean, which also takes out the
direction every comment shares ("a complaint to a company") and leaves what tells them apart.
Chosen on our own dev data (bench/bench_themes_dev.py): parallel zh/en complaint pairs landing
in the same theme 0.83 (raw vectors) -> 0.92, and higher purity on demo phrase-book complaints.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

# a language needs this many comments in the slice before its own mean is trusted
MIN_PER_LANG = 5
# below this many comments the slice mean is mostly the comments themselves: leave them as they are
MIN_SLICE = 10


def _unit(x: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(x, axis=1, keepdims=True)
    n[n == 0] = 1.0
    return (x / n).astype(np.float32)


@dataclass(frozen=True)
class LanguageCentring:
    """Per-language means of a slice; transform() applies them to that slice or to another period's."""

    means: dict[str, np.ndarray]

    @classmethod
    def fit(cls, x: np.ndarray, languages: Sequence[str | None]) -> "LanguageCentring":
        """Means to remove: per language when both have MIN_PER_LANG comments, else the slice mean."""
        if len(x) < MIN_SLICE:
            return cls({})
        langs = np.array([(lg or "en") for lg in languages])
        zh, en = langs == "zh", langs == "en"
        if zh.sum() >= MIN_PER_LANG and en.sum() >= MIN_PER_LANG:
            mz, me = x[zh].mean(axis=0), x[en].mean(axis=0)
            return cls({"zh": mz, "en": me, "mixed": 0.5 * (mz + me)})
        m = x.mean(axis=0)
        return cls({"zh": m, "en": m, "mixed": m})

    def transform(self, x: np.ndarray, languages: Sequence[str | None]) -> np.ndarray:
        """Unit vectors with their language's mean removed (unchanged when nothing was fitted)."""
        if not self.means or len(x) == 0:
            return x
        shift = np.vstack([self.means.get(lg or "en", self.means["en"]) for lg in languages])
        return _unit(x - shift)


def language_neutral(x: np.ndarray, languages: Sequence[str | None]) -> np.ndarray:
    """fit + transform on one slice."""
    return LanguageCentring.fit(x, languages).transform(x, languages)
