"""A step that is itself the way comments are collected (a follow-up call, a review page) named as the kind of
comments (cause seen in six blind batches, s30–s33: a frame shop, a photo booth, a youth football academy, a concrete
supplier, a dental lab, an air-conditioner repair service):

- "2025年回访打分里，差评（1-2星）占多少？" where the company has a step "回访评价 / Follow-up call & rating" and files
  each follow-up call's rating under the step the call asked about (channel followup_call): the low-rating share of
  every follow-up call comment, not only those filed under the follow-up step itself (there were 0 % low there);
- "What share of the 2025 follow-up calls were rated 1 or 2 stars?" the same in English;
- "In 2025, what share of the mini program reviews were 1 or 2 stars?" where a step is called 评价 / Review and the
  comments came in as mini_program_review: every mini-program review, whatever step it is filed under;
- "回访环节的平均评分" — a step said as a step stays that step.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

STEPS = ["tp_order", "tp_pour", "tp_arrive", "tp_review"]


def _concrete(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3401)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_order", "下单", "下单", "Order placed", "purchase", "下单|order"),
               ("tp_pour", "浇筑", "浇筑", "Pour", "service", "浇筑|pour"),
               ("tp_arrive", "到场", "到场", "Truck arrival", "service", "到场|arrival"),
               ("tp_review", "回访评价", "回访评价", "Follow-up call & rating", "loyalty",
                "回访|评价|打分|follow-up call|rating|review")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("delivery", "供货", i + 1, tp, 30) for i, tp in enumerate(STEPS)])
    customers, events, feedback, comments = [], [], [], []
    for i in range(700):
        cid = f"C{i:04d}"
        customers.append((cid, "2024-12-01"))
        t = datetime(2025, 1, 2) + timedelta(days=rnd.randrange(360), hours=rnd.randrange(10))
        for k, tp in enumerate(STEPS):
            events.append((f"E{len(events):05d}", cid, (t + timedelta(days=k)).isoformat(sep=" "), tp, "done"))
        for _ in range(2):
            channel = rnd.choice(["followup_call", "mini_program_review", "ticket"])
            tp = rnd.choice(STEPS)
            # the comments filed under the follow-up step itself are kind; those about the truck arrival are not
            rating = None if channel == "ticket" else (
                rnd.choice([3, 4, 5]) if tp == "tp_review" else rnd.choice([1, 2, 3, 4, 5]))
            ts = t + timedelta(days=5, hours=rnd.randrange(48))
            feedback.append((f"F{len(feedback):05d}", cid, ts.isoformat(sep=" "), tp, channel,
                             "" if rating is None else str(rating), "还行。", "zh"))
            comments.append({"channel": channel, "tp": tp, "rating": rating})
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "rating", "text",
                                     "language"], feedback)
    return {"comments": comments}


@pytest.fixture(scope="module")
def concrete(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("comments_of_a_channel"), _concrete) as out:
        yield out


def _low_share(rows: list[dict]) -> float:
    rated = [r for r in rows if r["rating"] is not None]
    return sum(r["rating"] <= 2 for r in rated) / len(rated)


def _mean(rows: list[dict]) -> float:
    rated = [r["rating"] for r in rows if r["rating"] is not None]
    return sum(rated) / len(rated)


@pytest.mark.parametrize("question", ["2025年回访打分里，差评（1-2星）占多少？",
                                      "What share of the 2025 follow-up calls were rated 1 or 2 stars?"])
def test_the_step_of_a_collecting_way_names_that_ways_comments(concrete, question: str) -> None:  # noqa: ANN001
    service, facts = concrete
    a = ask(service, question)
    assert a.status == "ok", a.answer
    want = _low_share([c for c in facts["comments"] if c["channel"] == "followup_call"])
    assert want > 0.1
    assert any(abs(v - want) < 0.005 for v in first_numbers(a)), (a.tables[0].rows, want)


def test_the_kind_word_beside_a_channel_slices_no_step(concrete) -> None:  # noqa: ANN001
    service, facts = concrete
    a = ask(service, "In 2025, what share of the mini program reviews were 1 or 2 stars?")
    assert a.status == "ok", a.answer
    want = _low_share([c for c in facts["comments"] if c["channel"] == "mini_program_review"])
    assert any(abs(v - want) < 0.005 for v in first_numbers(a)), (a.tables[0].rows, want)


def test_a_step_said_as_a_step_stays_that_step(concrete) -> None:  # noqa: ANN001
    service, facts = concrete
    a = ask(service, "2025年回访评价环节的平均评分是多少？")
    assert a.status == "ok", a.answer
    want = _mean([c for c in facts["comments"] if c["tp"] == "tp_review"])
    assert any(abs(v - want) < 0.005 for v in first_numbers(a)), (a.tables[0].rows, want)
