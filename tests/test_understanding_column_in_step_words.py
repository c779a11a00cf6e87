""""What's the most common dietary request guests send in?" (session 44's food-tour batch): "dietary request" names the
step where requests are made, and "dietary" the column its rows record them in — the column's values are ranked by
the step's events, not asked back ("rank by which of these?").

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

REQUESTS = {"vegetarian": "素食", "no_spicy": "不吃辣", "halal": "清真"}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4502)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_book", "Booking", "预订", "Booking", "purchase", "booked|下单"),
               ("tp_diet", "Dietary form", "饮食需求登记", "Dietary form", "service",
                "忌口|饮食需求|dietary request|food restrictions")])
    customers, events = [], []
    counts: Counter[str] = Counter()
    for i in range(500):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 2, 1) + timedelta(days=rnd.randrange(300), hours=9)
        events.append((f"E{i:05d}a", cid, at.isoformat(sep=" "), "tp_book", "", ""))
        if i % 2 == 0:
            req = rnd.choices(list(REQUESTS), weights=[5, 3, 1])[0]
            counts[req] += 1
            events.append((f"E{i:05d}b", cid, (at + timedelta(hours=2)).isoformat(sep=" "), "tp_diet", req,
                           REQUESTS[req]))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "dietary", "饮食需求"], events)
    top = counts.most_common(1)[0][0]
    return {"top": top, "top_zh": REQUESTS[top], "n": counts[top]}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("column_in_step_words"), _company) as out:
        yield out


def test_most_common_request_ranks_the_column_the_step_words_name(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What's the most common dietary request guests send in? all data")
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == facts["top"], a.answer
    assert facts["n"] in a.tables[0].rows[0], a.tables[0].rows[0]


def test_most_common_request_in_chinese(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "最常见的饮食需求是什么？全部数据")
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == facts["top_zh"], a.answer


def test_a_step_named_without_a_column_word_is_still_asked_back(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "Which one had the most bookings? all data")
    assert a.status == "clarify", a.answer
