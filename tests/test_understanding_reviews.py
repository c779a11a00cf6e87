"""Reviews alone, scored in fractions of a star (session 15's general causes, seen on real review sites):

- "3分及以下的低分点评一共有多少条", "what % of the reviews posted in 2023 scored 3 or lower": a threshold on the score
  as given (2.7 is below 3, 3.2 is not), never the rounded star; a share when a share is asked;
- 点评 is a review; "altogether" is filler; "review score" is the average rating.

Every expected value is computed here in Python from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

SCORES = (1.0, 2.5, 2.7, 3.0, 3.2, 3.5, 4.0, 4.5, 4.7, 5.0, 5.0, 5.0)


def _reviews(tmp: Path) -> dict[str, object]:
    rnd = random.Random(8)
    tmp.mkdir(parents=True, exist_ok=True)
    rows = []
    for i in range(600):
        ts = datetime(2023, 1, 1) + timedelta(days=rnd.randrange(730), minutes=rnd.randrange(1440))
        score = SCORES[rnd.randrange(len(SCORES))]
        rows.append((f"R{i:04d}", ("房间很干净", "早餐一般", "隔音太差了", "服务热情")[i % 4], ts.isoformat(sep=" "),
                     "ctrip", score, ("大床房", "双床房")[i % 2]))
    write_csv(tmp / "feedback.csv", ["feedback_id", "text", "ts", "channel", "rating", "room_type"], rows)
    return {"reviews": [{"ts": r[2], "rating": r[4]} for r in rows]}


@pytest.fixture(scope="module")
def reviews(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("reviews"), _reviews) as out:
        yield out


def test_a_score_threshold_holds_the_fractions_below_it(reviews) -> None:  # noqa: ANN001
    service, f = reviews
    want = sum(1 for r in f["reviews"] if r["rating"] <= 3)
    assert want != sum(1 for r in f["reviews"] if round(r["rating"]) <= 3)  # rounding would count 3.2 in
    a = ask(service, "3分及以下的低分点评一共有多少条？")
    assert a.status == "ok", a.answer
    assert want in first_numbers(a), (want, a.tables[0].rows)


@pytest.mark.parametrize("q", ["What % of the reviews posted in 2024 scored 3 or lower?", "2024年的点评里，3分及以下的占比是多少？"])
def test_the_share_of_reviews_at_or_below_a_score(reviews, q) -> None:  # noqa: ANN001
    service, f = reviews
    in_2024 = [r for r in f["reviews"] if r["ts"].startswith("2024")]
    want = sum(1 for r in in_2024 if r["rating"] <= 3) / len(in_2024)
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert any(abs(v - want) < 1e-9 for v in first_numbers(a)), (want, a.tables[0].rows)


def test_reviews_counted_and_scored_in_the_sites_words(reviews) -> None:  # noqa: ANN001
    service, f = reviews
    a = ask(service, "2024年全年一共收到了多少条点评？")
    assert a.status == "ok", a.answer
    assert sum(1 for r in f["reviews"] if r["ts"].startswith("2024")) in first_numbers(a)
    b = ask(service, "How many reviews do we have altogether?")
    assert b.status == "ok" and len(f["reviews"]) in first_numbers(b), b.answer
    c = ask(service, "What was our average review score in 2023?")
    in_2023 = [r["rating"] for r in f["reviews"] if r["ts"].startswith("2023")]
    assert c.status == "ok" and c.tool_calls[0].args["metric_id"] == "csat", c.tool_calls
    assert any(abs(v - sum(in_2023) / len(in_2023)) < 1e-9 for v in first_numbers(c)), c.tables[0].rows
