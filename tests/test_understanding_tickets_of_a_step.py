""""How many tickets did we issue in the week of June 1st 2026?" (session 45's ferry batch): "tickets" is the thing of
the step "Ticket issued" named by its verb, not support tickets (comments) nor the order kind "ticket" — the step's
events are counted. And "0 vs 0" comments at a step with none at all is no answer with status ok.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4509)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_search", "Sailing search", "查询航班", "Sailing search", "consideration", "search"),
               ("tp_ticket_issued", "Ticket issued", "出票", "Ticket issued", "purchase", "e-ticket|ticket sale")])
    customers, events, orders, feedback = [], [], [], []
    week = 0
    for i in range(700):
        cid = f"C{i:04d}"
        at = datetime(2026, 4, 1) + timedelta(days=rnd.randrange(90), hours=8)
        customers.append((cid, at.isoformat(sep=" ")))
        events.append((f"E{i:05d}a", cid, at.isoformat(sep=" "), "tp_search"))
        if i % 3:
            t = at + timedelta(hours=2)
            events.append((f"E{i:05d}b", cid, t.isoformat(sep=" "), "tp_ticket_issued"))
            week += datetime(2026, 6, 1) <= t < datetime(2026, 6, 8)
            kind = "ticket" if i % 2 else "vehicle"
            orders.append((f"O{i:05d}", cid, t.isoformat(sep=" "), 40.0, "paid", kind))
        if i % 5 == 0:
            feedback.append((f"F{i:05d}", cid, (at + timedelta(hours=1)).isoformat(sep=" "), "tp_search",
                             "Search was slow."))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type"], orders)
    write_csv(tmp / "feedback.csv", ["feedback_id", "customer_id", "ts", "touchpoint_id", "text"], feedback)
    return {"week": week}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("tickets_of_a_step"), _company) as out:
        yield out


def test_tickets_we_issued_are_the_steps_events(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How many tickets did we issue in the week of June 1st 2026?")
    assert a.status == "ok", a.answer
    assert facts["week"] in first_numbers(a), (facts, a.answer)
    assert not any(c.args.get("metric_id") == "feedback_volume" for c in a.tool_calls), a.tool_calls


def test_no_comments_at_a_step_on_either_side_is_no_ok_answer(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "How many feedback comments did we get at the ticket issued step in June 2026?")
    assert a.status != "ok", a.answer
