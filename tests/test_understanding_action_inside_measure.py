""""What's the most common reason patients give when they cancel their surgery?" (session 48's hair-transplant
batch) was answered "I can only read the data; I cannot change or delete it": "cancel their" is a request to change
data when it is an order to the assistant, but a customer's action inside a question about the data is a step.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

REASONS = ("schedule_conflict", "found_cheaper", "health")


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4808)
    tmp.mkdir(parents=True, exist_ok=True)
    events, n = [], Counter()
    for i in range(200):
        at = datetime(2025, 2, 1) + timedelta(days=rnd.randrange(300), hours=10)
        reason = rnd.choices(REASONS, weights=[5, 3, 1])[0]
        n[reason] += 1
        events.append((f"E{i:04d}", f"C{i:04d}", at.isoformat(sep=" "), "tp_cancel", reason))
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage"],
              [("tp_cancel", "取消手术", "Surgery cancelled", "purchase")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(200)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "cancel_reason"], events)
    return {"top": n.most_common(1)[0][0]}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("action_in_measure"), _company) as out:
        yield out


def test_a_customers_action_inside_a_question_is_a_step(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What's the most common reason patients give when they cancel their surgery?")
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert t.columns[0] == "cancel_reason" and t.rows[0][0] == facts["top"], (t.columns, t.rows[:2])


@pytest.mark.parametrize("q", ["Please cancel their surgeries", "Delete all customers who cancelled"])
def test_an_order_to_change_data_is_still_refused(company, q) -> None:  # noqa: ANN001
    service, _ = company
    assert ask(service, q).status == "unsupported"


def test_a_why_about_customers_action_is_no_order_to_change_data(company) -> None:  # noqa: ANN001
    """The reason words of English ("why", "reasons") held backspace characters instead of word boundaries (a quoting
    slip), so "Why do patients cancel their surgery?" was refused as a request to change data."""
    service, _ = company
    a = ask(service, "Why do patients cancel their surgery?")
    assert a.status == "ok", a.answer


@pytest.mark.parametrize("q", ["whats the #1 reason surgeries get cancelled in 2025?",
                               "whats the no. 1 reason surgeries get cancelled in 2025?"])
def test_the_number_one_reason_said_with_a_hash_is_the_top_reason(company, q) -> None:  # noqa: ANN001
    """"whats the #1 reason licence checks fail" (session 51's motorbike-rental batch): "#1" had no word boundary
    before it, so no reason was ranked."""
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert t.columns[0] == "cancel_reason" and t.rows[0][0] == facts["top"], (t.columns, t.rows[:2])
