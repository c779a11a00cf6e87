""""2025年7、8月里斯本的行后问卷平均打几分？", "Which city had the worst average post-tour survey score in Jul–Aug 2025?"
(session 44's food-tour batch): the average score is the measure said in words. "打几分" is no review step even
where a step's aliases hold 打分, when the survey channel is named in the company's own Chinese column (渠道 beside
channel); and the worst "average survey score" names its measure — nothing to ask back.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

CITIES = {"Lisbon": "里斯本", "Bangkok": "曼谷", "Chengdu": "成都"}
CHANNELS = {"survey": "行后问卷", "tripadvisor": "Tripadvisor"}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4501)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_tour", "Tour done", "完成行程", "Tour done", "service", "走完|tour completed"),
               ("tp_review", "发布评价", "发布评价", "Review posted", "loyalty", "写评价|点评|打分|review|rating")])
    customers, events, feedback = [], [], []
    ratings: dict[tuple[str, str], list[int]] = {}
    for i in range(900):
        cid = f"C{i:04d}"
        city = list(CITIES)[i % 3]
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 5, 1) + timedelta(days=rnd.randrange(120), hours=12)
        events.append((f"E{i:05d}", cid, at.isoformat(sep=" "), "tp_tour", city, CITIES[city]))
        channel = "survey" if i % 2 == 0 else "tripadvisor"
        summer = at.month in (7, 8)
        low = city == "Lisbon" and summer and channel == "survey"
        rating = rnd.choice([2, 3, 3, 4] if low else [4, 4, 5, 5, 3])
        if channel == "survey" and summer:
            ratings.setdefault((city, channel), []).append(rating)
        tp = "tp_tour" if channel == "survey" else "tp_review"
        feedback.append((f"F{i:05d}", cid, (at + timedelta(hours=5)).isoformat(sep=" "), tp,
                         "导游不错。" if i % 4 else "Great food.", channel, CHANNELS[channel], rating, city, CITIES[city]))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "city", "城市"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text", "channel", "渠道",
                                     "rating", "city", "城市"], feedback)
    means = {c: sum(v) / len(v) for (c, _), v in ratings.items()}
    return {"lisbon_survey": means["Lisbon"], "worst": min(means, key=means.get)}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("survey_score_words"), _company) as out:
        yield out


def test_average_score_of_a_channel_named_in_chinese_is_no_review_step(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年7、8月里斯本的行后问卷平均打几分？")
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["lisbon_survey"]) < 0.006 for v in first_numbers(a)), (facts, a.answer)
    assert not any(c.args.get("touchpoint_ids") or (c.args.get("filters") or {}).get("touchpoint")
                   for c in a.tool_calls), a.tool_calls


def test_worst_average_survey_score_names_its_measure(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Which city had the worst average post-tour survey score in Jul–Aug 2025?")
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == facts["worst"], a.answer


def test_a_ranking_with_no_measure_is_still_asked_back(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "Which city is the worst?")
    assert a.status == "clarify", a.answer
