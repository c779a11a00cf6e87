"""A test read-out asked in the words people use (session 50, from the watch-repair batch of session 49):
- "Quote approved" said verb first: "went on to approve a quote" is that step, not "approve" plus the step "Quote sent";
- an arm named in the other language ("文字报价那组呢？" of text_quote / video_quote) is that arm;
- a follow-up naming only an arm keeps the outcome read before (the arm's own words, 报价, are no new outcome).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

ARMS = {"text_quote": 0.55, "video_quote": 0.8}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5002)
    tmp.mkdir(parents=True, exist_ok=True)
    events, assigned = [], []
    reached = {a: 0 for a in ARMS}
    sizes = {a: 0 for a in ARMS}
    for i in range(400):
        cid = f"C{i:04d}"
        arm = "text_quote" if i % 2 else "video_quote"
        at = datetime(2026, 1, 5) + timedelta(days=rnd.randrange(60), hours=9)
        assigned.append(("quote_video_2026", arm, cid, at.isoformat(sep=" ")))
        sizes[arm] += 1
        events.append((f"E{i:04d}q", cid, (at + timedelta(hours=1)).isoformat(sep=" "), "tp_quote", "quoted"))
        if rnd.random() < ARMS[arm]:
            events.append((f"E{i:04d}a", cid, (at + timedelta(days=2)).isoformat(sep=" "), "tp_approve", "approved"))
            reached[arm] += 1
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_quote", "报价发送", "报价发送", "Quote sent", "consideration", "报价|估价|quotation"),
               ("tp_approve", "确认报价", "确认报价", "Quote approved", "purchase", "同意维修|approval")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-06-01") for j in range(400)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "experiments.csv", ["experiment_id", "variant", "customer_id", "assigned_at"], assigned)
    return {a: reached[a] / sizes[a] for a in ARMS}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("experiment_arm_words"), _company) as out:
        yield out


def _said(answer, rate: float) -> bool:  # noqa: ANN001 - an Answer
    return any(abs(x - rate) < 1e-3 for x in first_numbers(answer)) or f"{rate:.1%}" in answer.answer


def test_approve_a_quote_is_the_step_quote_approved(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "In the quote_video_2026 test, what share of customers who got the video quote went on to "
                     "approve a quote after being assigned?")
    assert a.status == "ok", a.answer
    assert _said(a, facts["video_quote"]), (a.answer, facts)


def test_an_arm_named_in_the_other_language_keeps_the_outcome(company) -> None:  # noqa: ANN001
    service, facts = company
    first = ask(service, "In the quote_video_2026 test, what share of the video quote arm approved a quote?")
    assert first.status == "ok", first.answer
    a = ask(service, "文字报价那组呢？", session=first.session_id)
    assert a.status == "ok", a.answer
    assert _said(a, facts["text_quote"]), (a.answer, facts)
