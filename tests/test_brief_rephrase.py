"""An LLM may reword the brief, never change its facts (assistant/brief/rephrase.py)."""
from __future__ import annotations

from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.brief.rephrase import faithful, facts, rephrase

ORIGINAL = ("Morning brief · 2026-11-02 .. 2026-11-08 vs 2026-10-26 .. 2026-11-01\n"
            "1. step conversion rate at Payment (Purchase) fell from 88.4% to 72.1% (-16.3 pp; n = 121 → 122; "
            "z test p = 0.0014, Holm-adjusted p = 0.032).\n"
            "   Driver: device = android carries 46.8% of the change (84.4% → 55.8%).\n"
            "   “Payment on my Samsung keeps failing” (F005706)\n"
            "   Ask: Why did it fall? → /?q=Why%20did%20it%20fall%3F")
FAITHFUL = ("Morning brief for 2026-11-02 .. 2026-11-08 (compared with 2026-10-26 .. 2026-11-01)\n"
            "1. Payment step conversion (Purchase) dropped from 88.4% to 72.1%, -16.3 pp (n = 121 → 122; "
            "z test p = 0.0014, Holm-adjusted p = 0.032). Android drove 46.8% of it (84.4% → 55.8%).\n"
            "   A customer: “Payment on my Samsung keeps failing” (F005706)\n"
            "   Follow up: /?q=Why%20did%20it%20fall%3F")


class Boom(FakeListChatModel):
    def _call(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise TimeoutError("model timed out")


def test_facts_are_numbers_dates_ids_and_links() -> None:
    f = facts("fell from 1,204 to 88.4% on 2026-11-02 (F005706) → /?q=x")
    assert f == {"1204": 1, "88.4": 1, "2026-11-02": 1, "F005706": 1, "/?q=x": 1}


def test_a_faithful_rewording_is_used() -> None:
    text, why = rephrase(ORIGINAL, "en", FakeListChatModel(responses=[FAITHFUL]))
    assert why is None and text == FAITHFUL


def test_a_changed_number_or_quote_keeps_the_original() -> None:
    rounded = FAITHFUL.replace("72.1%", "72%")
    assert rephrase(ORIGINAL, "en", FakeListChatModel(responses=[rounded])) == (ORIGINAL, "numbers_changed")
    dropped = FAITHFUL.replace("Android drove 46.8% of it (84.4% → 55.8%).", "")
    assert faithful(ORIGINAL, dropped) == "numbers_changed"
    requoted = FAITHFUL.replace("keeps failing", "is failing")
    assert rephrase(ORIGINAL, "en", FakeListChatModel(responses=[requoted])) == (ORIGINAL, "quote_changed")


def test_a_failing_model_keeps_the_original_and_says_so() -> None:
    assert rephrase(ORIGINAL, "zh", Boom(responses=["x"])) == (ORIGINAL, "rephrase_failed")
    assert rephrase(ORIGINAL, "en", FakeListChatModel(responses=["  "])) == (ORIGINAL, "rephrase_empty")


def test_make_brief_records_the_rewording(tmp_path) -> None:
    from assistant.brief.make import make_brief
    from knowledge.gateway import Gateway
    from knowledge.pipeline import load_dataset
    from knowledge.semantic.layer import load_semantic_layer
    from knowledge.workspace import Workspace
    from tests.test_brief import _steady

    ws = Workspace(tmp_path / "ws")
    load_dataset(ws.ensure(), _steady(tmp_path / "d"), progress=False, index=False)
    gw = Gateway(ws.db_path)
    try:
        plain = make_brief(gw, load_semantic_layer(), days=7)
        echo = FakeListChatModel(responses=["Quiet week. " + plain.text])
        out = make_brief(gw, load_semantic_layer(), days=7, llm=echo)
        bad = make_brief(gw, load_semantic_layer(), days=7, llm=FakeListChatModel(responses=["All fine, 99% up."]))
    finally:
        gw.close()
    assert out.rephrased and out.text.startswith("Quiet week.") and out.original_text == plain.text
    assert not bad.rephrased and bad.text == plain.text and "numbers_changed" in bad.notes
