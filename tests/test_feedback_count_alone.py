"""The bar a comment that says none of a topic's words must clear to be counted by meaning alone (session 60), and
the plural "fees" finding "fee" (a waiting fee said in the singular)."""
from __future__ import annotations

import numpy as np

from knowledge.feedback.count import ALONE_CAP, ALONE_SUPPORT, SEMANTIC_MIN, _keyword_hit, meaning_alone_min


def test_few_comments_saying_the_words_leave_the_plain_bar() -> None:
    sims = np.array([0.9] * (ALONE_SUPPORT - 1) + [0.2] * 20)
    hits = [["fee"]] * (ALONE_SUPPORT - 1) + [[]] * 20
    assert meaning_alone_min(sims, hits, [True] * len(sims), SEMANTIC_MIN) == SEMANTIC_MIN


def test_many_comments_saying_the_words_raise_the_bar_to_their_lower_quartile() -> None:
    said = np.linspace(0.32, 0.44, 20)
    sims = np.concatenate([said, np.full(30, 0.31)])
    hits = [["refund"]] * 20 + [[]] * 30
    got = meaning_alone_min(sims, hits, [True] * 50, SEMANTIC_MIN)
    assert abs(got - float(np.quantile(said, 0.25))) < 1e-9 and got > SEMANTIC_MIN


def test_the_bar_is_capped_and_only_the_topics_language_sets_it() -> None:
    sims = np.array([0.95] * 20 + [0.1] * 20)
    hits = [["refund"]] * 40
    same = [True] * 20 + [False] * 20
    assert meaning_alone_min(sims, hits, same, SEMANTIC_MIN) == ALONE_CAP
    # (comments of the other language saying the words do not count towards the support)
    assert meaning_alone_min(sims, hits, [False] * 20 + [True] * 20, SEMANTIC_MIN) == SEMANTIC_MIN


def test_fees_finds_a_fee_and_news_stays_news() -> None:
    assert _keyword_hit("Another waiting fee on my bill", ["fees"]) == ["fees"]
    assert _keyword_hit("a new driver", ["news"]) == []
