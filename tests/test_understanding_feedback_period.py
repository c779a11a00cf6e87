"""A measure of the comments asked with no period, when some comments have no date (DATA.md allows it): all the
comments, the undated ones included and said, never the last 30 days that silently drop them.

Every expected value is computed here in Python from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _reviews(tmp: Path) -> dict[str, object]:
    rnd = random.Random(9)
    tmp.mkdir(parents=True, exist_ok=True)
    end = datetime.combine(date.today() - timedelta(days=2), datetime.min.time())  # data as fresh as a live shop's
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_review", "Product review", "商品评价", "Product review", "loyalty", "review|reviews|评价"),
               ("tp_chat", "Support chat", "在线客服", "Support chat", "service", "chat|客服")])
    events, fb = [], []
    for i in range(300):
        ts = end - timedelta(days=rnd.randrange(365), hours=rnd.randrange(24))
        tp = "tp_review" if i % 3 else "tp_chat"
        events.append((f"E{i}", f"C{i % 90}", ts.isoformat(sep=" "), tp, "submit"))
        rating = rnd.choice((1, 2, 3, 4, 5, 5)) if tp == "tp_review" else rnd.choice((1, 1, 2, 3))
        undated = i % 7 == 0
        fb.append((f"F{i}", "ok" if rating > 2 else "bad", "" if undated else ts.isoformat(sep=" "), f"C{i % 90}", tp,
                   rating))
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "text", "ts", "customer_id", "touchpoint_id", "rating"], fb)
    return {"fb": fb}


@pytest.fixture(scope="module")
def reviews(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("fbperiod"), _reviews) as out:
        yield out


@pytest.mark.parametrize("q, tp", [("What's the average star rating of our product reviews?", "tp_review"),
                                   ("在线客服的平均评分是多少？", "tp_chat")])
def test_a_comment_measure_without_a_period_reads_every_comment(reviews, q: str, tp: str) -> None:
    service, f = reviews
    a = ask(service, q)
    rows = [r for r in f["fb"] if r[4] == tp]
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(r[5] for r in rows) / len(rows)), (a.answer, a.assumptions)
    assert any(str(sum(1 for r in f["fb"] if not r[2])) in x for x in a.assumptions), a.assumptions
