"""Session 45's cheesemaker and kombucha batches ask of a delivery step whose rows record how a box arrived:
- "What share of club boxes delivered in 2025 arrived melted?": "club boxes delivered" is the step "Club box
  delivered" said with a plural, not the checkout's cart = club_box and the action delivered (no row holds both);
- "How many club boxes arrived melted in 2025?": cart (recorded only at checkout) and the arrival condition (only at
  the delivery) leave no row together; "club boxes" is the thing the delivery step is about, and slices nothing.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4515)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_checkout", "Checkout", "结账", "Checkout", "purchase"),
               ("tp_box_delivered", "Club box delivered", "月盒签收", "Club box delivered", "service")])
    customers, events = [], []
    melted = delivered = 0
    for i in range(500):
        cid = f"C{i:04d}"
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(360), hours=9)
        customers.append((cid, at.isoformat(sep=" ")))
        events.append((f"E{i:05d}c", cid, at.isoformat(sep=" "), "tp_checkout", "", rnd.choice(["club_box", "gift_box"]),
                       ""))
        for k in range(3):
            d = at + timedelta(days=30 * k + 2)
            if d.year != 2025:
                continue
            cond = "melted" if rnd.random() < 0.12 else "ok"
            delivered += 1
            melted += cond == "melted"
            events.append((f"E{i:05d}d{k}", cid, d.isoformat(sep=" "), "tp_box_delivered", "delivered", "", cond))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "cart",
                                   "arrival_condition"], events)
    return {"share": melted / delivered, "melted": melted}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("step_name_inflected"), _company) as out:
        yield out


def test_a_step_name_said_with_a_plural_is_the_step(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What share of club boxes delivered in 2025 arrived melted?")
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["share"]) < 0.002 for v in first_numbers(a)), (facts, a.answer)


def test_a_value_of_another_steps_rows_is_the_thing_counted(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How many club boxes arrived melted in 2025?")
    assert a.status == "ok", a.answer
    assert facts["melted"] in first_numbers(a), (facts, a.answer)
