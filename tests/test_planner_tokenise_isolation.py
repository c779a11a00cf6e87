"""One workspace's names never change how another workspace's questions are cut into words: the planner keeps a
jieba tokenizer per catalogue word list, never one shared tokenizer that learns every catalogue's words (a server
answering several companies, or a test run asking many datasets, would otherwise read a question differently
depending on what was asked before)."""
from __future__ import annotations

from assistant.planner.text import tokenise


def test_a_catalogues_words_do_not_leak_into_another_catalogues_tokenizer() -> None:
    question = "现场验收被拒收的有多少次"
    before = tokenise(question, ("现场验收",))
    assert "验收被拒" not in before
    other = tokenise(question, ("验收被拒",))
    assert "验收被拒" in other  # (the other company's own word is one word for it)
    assert tokenise(question, ("现场验收",)) == before
    assert tokenise(question, ()) == tokenise(question, ())
