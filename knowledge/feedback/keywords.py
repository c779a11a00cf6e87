"""Keywords of comment groups: zh tokens via jieba, en tokens via a word regex, ranked by c-TF-IDF."""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any, Sequence

from knowledge.feedback.words import STOP_EN, STOP_ZH

_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
# @handles and links say where a comment was posted, not what it is about
_NOISE = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.])@\w+")
_SPACES = re.compile(r"\s+")


def content_text(text: str) -> str:
    """The comment without @handles and links (the original when nothing else is left)."""
    cleaned = _SPACES.sub(" ", _NOISE.sub(" ", text or "")).strip()
    return cleaned or (text or "")
_CJK = re.compile(r"[\u3400-\u9fff]")


class Tokenizer:
    """Splits text into content words; jieba's dictionary loads at first Chinese text, not before."""

    def __init__(self) -> None:
        self._jieba: Any = None

    def jieba(self) -> Any:
        """The jieba tokenizer, its dictionary loaded on first use (shared with sentiment)."""
        if self._jieba is None:
            import jieba
            # jieba's own default tokenizer: its 0.6 s dictionary load happens once per process
            jieba.dt.initialize()
            self._jieba = jieba.dt
        return self._jieba

    def zh_tokens(self, text: str) -> list[str]:
        """Chinese content words (two characters or more, no stop words)."""
        if not _CJK.search(text or ""):
            return []
        return [w for w in self.jieba().lcut(text) if len(w) >= 2 and _CJK.search(w) and w not in STOP_ZH]

    def en_tokens(self, text: str) -> list[str]:
        """English content words, lower-cased (three letters or more, no stop words)."""
        out = []
        for w in _EN_WORD.findall(_NOISE.sub(" ", text or "")):
            w = w.lower().strip("'-").replace("'", "")
            if len(w) >= 3 and w not in STOP_EN:
                out.append(w)
        return out

    def tokens(self, text: str, lang: str) -> list[str]:
        """Content words of one language ("zh" or "en") in a text."""
        return self.zh_tokens(text) if lang == "zh" else self.en_tokens(text)

    def by_language(self, texts: Sequence[str]) -> dict[str, list[list[str]]]:
        """{"zh": token lists, "en": token lists}, one list per text."""
        return {"zh": [self.zh_tokens(t) for t in texts], "en": [self.en_tokens(t) for t in texts]}


def c_tf_idf(groups: Sequence[Sequence[Sequence[str]]], top_n: int = 3, min_docs: int = 2) -> list[list[str]]:
    """Top words per group by class-based TF-IDF (BERTopic's formula) over per-document word sets.

    groups[g] is a list of token lists (one per comment). A word must occur in at least
    `min_docs` comments of a group (or in all of a tiny group) to label it.
    """
    counts = [Counter(w for doc in docs for w in set(doc)) for docs in groups]
    total = Counter()
    for c in counts:
        total.update(c)
    sizes = [sum(c.values()) for c in counts]
    avg = (sum(sizes) / len(sizes)) if sizes else 0.0
    out: list[list[str]] = []
    for docs, c, size in zip(groups, counts, sizes):
        need = min(min_docs, len(docs))
        scored = [(-(n / size) * math.log(1.0 + avg / total[w]), w) for w, n in c.items() if n >= need and size]
        scored.sort()
        out.append([w for _, w in scored[:top_n]])
    return out
