""""How many after-sales tickets were opened last quarter?" (session 47's jewellery batch) counted comments: "tickets"
is the built-in word for support comments, but the company lists "ticket" among its own words for the step named in
the question (After-sales request): the step's records are counted.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from datafolders import service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4718)
    tmp.mkdir(parents=True, exist_ok=True)
    events, feedback = [], []
    n = 0
    for i in range(400):
        at = datetime(2025, 10, 1) + timedelta(days=rnd.randrange(300), hours=11)
        events.append((f"E{i:04d}", f"C{i % 150:04d}", at.isoformat(sep=" "), "tp_aftersales", "opened"))
        n += date(2026, 4, 1) <= at.date() <= date(2026, 6, 30)
        if i % 3 == 0:
            feedback.append((f"F{i:04d}", f"C{i % 150:04d}", at.isoformat(sep=" "), "tp_aftersales", "戒指尺寸不合适",
                             1 + i % 5))
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage", "aliases"],
              [("tp_aftersales", "售后申请", "After-sales request", "service", "售后|工单|after-sales|ticket|rating")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(150)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text", "rating"], feedback)
    return {"n": n, "rating": sum(f[5] for f in feedback) / len(feedback)}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("step_own_word"), _company) as out:
        yield out


def test_company_word_of_the_named_step(company) -> None:  # noqa: ANN001
    service, facts = company
    a = service.answer("How many after-sales tickets were opened last quarter?", as_of=date(2026, 7, 15))
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert "value" in t.columns and t.rows[0][t.columns.index("value")] == facts["n"], (a.assumptions, t.rows)


def test_a_score_keeps_its_own_reading(company) -> None:  # noqa: ANN001
    """Only the built-in word for comments counted yields to the step's own word: "rating", listed among the step's
    words too, stays the comments' average rating (session 47's regression: courtbooking cb56, sleepclinic sl69)."""
    service, facts = company
    a = service.answer("What is the average rating of after-sales requests, all data?", as_of=date(2026, 9, 30))
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert t.rows[0][t.columns.index("value")] == pytest.approx(facts["rating"]), (a.assumptions, t.rows)
