"""A step's word that is also one of the outcomes the step records (cause seen in session 34's first blind batch, a
study-abroad consultancy whose admission decision step is also called "offer" and records offer / rejected):

- "What was our offer rate in 2025, i.e. the share of applications submitted in 2025 that came back with an offer?":
  the applications that reached the decision with action = offer (it was 100 %: every decision reaches the step);
- "2025年拿到offer的申请数除以递交的申请数是多少？": a rate the asker defines, the numerator the decisions that are
  offers.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _applications(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3406)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_submit", "递交申请", "递交申请", "Application submitted", "purchase", "递交申请|application submitted"),
               ("tp_result", "申请结果", "申请结果", "Admission decision", "purchase",
                "申请结果|录取结果|offer|admission decision"),
               ("tp_accept", "确认入读", "确认入读", "Offer accepted", "loyalty", "确认入读|accepted")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("application", "Applications", 1, "tp_submit", 180), ("application", "Applications", 2, "tp_result", 180),
               ("application", "Applications", 3, "tp_accept", 180)])
    customers, events = [], []
    offers = submitted = 0
    for i in range(900):
        cid = f"S{i:04d}"
        customers.append((cid, "2024-12-01"))
        t = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(200), hours=rnd.randrange(8))
        events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_submit", "submitted"))
        submitted += 1
        got = rnd.random() < 0.45
        offers += got
        events.append((f"E{len(events):05d}", cid, (t + timedelta(days=30)).isoformat(sep=" "), "tp_result",
                       "offer" if got else "rejected"))
        if got and rnd.random() < 0.6:
            events.append((f"E{len(events):05d}", cid, (t + timedelta(days=40)).isoformat(sep=" "), "tp_accept",
                           "accepted"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"offer_rate": offers / submitted}


@pytest.fixture(scope="module")
def applications(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("outcome_word"), _applications) as out:
        yield out


@pytest.mark.parametrize("question", [
    "What was our offer rate in 2025, i.e. the share of applications submitted in 2025 that came back with an offer?",
    "2025年拿到offer的申请数除以递交的申请数是多少？"])
def test_a_steps_word_that_is_its_outcome_counts_that_outcome(applications, question: str) -> None:  # noqa: ANN001
    service, facts = applications
    a = ask(service, question)
    assert a.status == "ok", a.answer
    want = facts["offer_rate"]
    assert 0.35 < want < 0.55
    assert any(abs(v - want) < 0.005 for v in first_numbers(a)), (a.answer, a.tables[0].rows, want)
