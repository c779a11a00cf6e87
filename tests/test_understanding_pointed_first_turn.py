"""A first question that points at one thing nobody named, or asks "which is better" by no measure, is asked back
(causes seen in session 36's blind batches: "How is that site doing?" read as a definition asked, "Did he pass?" and
"他的补助发了吗？" answered with every payment, "哪个团队更好一点？" ranked by event counts — all status ok).
A measure named, or a conversation to lean on, is answered as before.
"""
from __future__ import annotations

import pytest

from datafolders import ask, service_on
from test_understanding_customer_word import _auction


@pytest.fixture(scope="module")
def auction(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("pointed_first"), _auction) as out:
        yield out


@pytest.mark.parametrize("q", ["How is that region doing?", "Did he pay the deposit?", "他的保证金交了吗？",
                               "Which region is better?", "哪个地区更好一点？"])
def test_one_thing_pointed_at_or_better_by_nothing_is_asked_back(auction, q) -> None:  # noqa: ANN001
    service, _ = auction
    a = ask(service, q)
    assert a.status == "clarify", a.answer


def test_better_by_a_measure_named_is_answered(auction) -> None:  # noqa: ANN001
    service, facts = auction
    a = ask(service, "Which region converted better from registration to deposit paid in 2025?")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == max(facts["rates"], key=facts["rates"].get), a.tables[0].rows
