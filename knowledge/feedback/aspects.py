"""Cheap aspect-level sentiment: split a comment at contrast markers and punctuation, score each clause.

"快递很快但是菜不新鲜" is praise for the delivery and a complaint about freshness: asked about
delivery, the comment is not a delivery complaint even though the comment as a whole is negative.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Sequence

# contrast markers end one clause and start another; so do sentence punctuation and line breaks
_SPLIT = re.compile(r"(?:但是|但|不过|可是|然而|就是|只是|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\byet\b"
                    r"|[，,。.!！?？;；\n])", re.IGNORECASE)

# after one of these the writer's verdict follows ("polite, but nothing was fixed")
_VERDICT = re.compile(r"但是|不过|可是|然而|\bbut\b|\bhowever\b", re.IGNORECASE)


@dataclass(frozen=True)
class Clause:
    """One clause of a comment with its text-only sentiment score (-1..1)."""

    text: str
    score: float


def split_clauses(text: str) -> list[str]:
    """The comment's clauses (at least one: the comment itself when nothing splits it)."""
    parts = [p.strip() for p in _SPLIT.split(text or "") if p and p.strip()]
    return parts or [(text or "").strip()]


def verdict_split(text: str) -> tuple[str, str] | None:
    """(what comes before the last "but"/"但是", what follows it), None without one or with nothing after."""
    parts = _VERDICT.split(text or "")
    tail = parts[-1].strip(" ,，.。!！;；") if len(parts) > 1 else ""
    if not tail:
        return None
    return text[:len(text) - len(parts[-1])].rstrip(), tail


def clause_sentiment(analyzer: Any, text: str) -> list[Clause]:
    """Every clause with analyzer.lexicon_score (no embedding needed, so it is cheap per clause)."""
    return [Clause(c, analyzer.lexicon_score(c)) for c in split_clauses(text)]


def aspect_score(analyzer: Any, text: str, keywords: Sequence[str]) -> float | None:
    """Mean score of the clauses that mention a keyword (case-insensitive), None when none does."""
    kws = [k.lower() for k in keywords if k]
    hits = [c.score for c in clause_sentiment(analyzer, text) if any(k in c.text.lower() for k in kws)]
    return sum(hits) / len(hits) if hits else None
