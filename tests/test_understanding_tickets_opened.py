""""How many tickets were opened in the week of 9 June 2025?" (session 46's greenhouse batch) where the service-ticket
step records opened / closed and notes are filed as comments at it: the outcome said is the step's, so "tickets" are
the step's records — not the built-in word for comments on the same span.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4619)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_ticket", "Service ticket", "报修", "Service ticket", "service", "报修|ticket|tickets|service ticket")])
    customers, events, feedback = [], [], []
    opened = 0
    for i in range(400):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 6) + timedelta(days=rnd.randrange(330), hours=9)
        events.append((f"E{i:04d}a", cid, at.isoformat(sep=" "), "tp_ticket", "opened"))
        opened += 1
        if rnd.random() < 0.7:
            events.append((f"E{i:04d}b", cid, (at + timedelta(days=2)).isoformat(sep=" "), "tp_ticket", "closed"))
        if i % 3 == 0:
            feedback.append((f"F{i:04d}", cid, (at + timedelta(hours=2)).isoformat(sep=" "), "tp_ticket",
                             "ticket_note", "fan broken"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "channel", "text"], feedback)
    return {"opened": opened}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("tickets_opened"), _company) as out:
        yield out


def test_tickets_with_the_steps_outcome_are_the_steps_records(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How many tickets were opened in 2025?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == facts["opened"], (facts, a.answer)
