"""Three causes from session 45's ferry batch, in "BC, June through September 2025 - of the people who got as far as
adding a car to their booking, what share ended up with a ticket? Use the vehicle booking journey.":
- "BC" (first word, in capitals) was dropped without a word: the initials of exactly one value ("British
  Columbia") name it; capitals that name nothing are said to be unknown, first word or not;
- "adding a car" is the step whose alias is "add a car" (a verb's -ing and -ed forms);
- the journey named with two of its steps and a share asked is the conversion between them, not the whole funnel.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

STEPS = ["tp_fare", "tp_vehicle", "tp_pay", "tp_ticket"]


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4510)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_fare", "Fare selection", "选择票价", "Fare selection", "consideration", "pick a fare"),
               ("tp_vehicle", "Add vehicle", "添加车辆", "Add vehicle", "purchase", "add a car|car space"),
               ("tp_pay", "Payment", "支付", "Payment", "purchase", "pay"),
               ("tp_ticket", "Ticket issued", "出票", "Ticket issued", "purchase", "e-ticket")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("vehicle_booking", "Vehicle booking", i + 1, s, 3) for i, s in enumerate(STEPS)])
    customers, events = [], []
    reached = {"British Columbia": [0, 0], "Greece": [0, 0]}
    done = 0
    for i in range(1200):
        cid = f"C{i:04d}"
        region = "British Columbia" if i % 2 else "Greece"
        at = datetime(2025, 6, 1) + timedelta(days=rnd.randrange(110), hours=9)
        customers.append((cid, at.isoformat(sep=" "), region))
        keep = {"British Columbia": [0.8, 0.9, 0.6], "Greece": [0.8, 0.9, 0.95]}[region]
        got = 1
        for p in keep:
            if rnd.random() < p:
                got += 1
            else:
                break
        for k in range(got):
            events.append((f"E{i:05d}{k}", cid, (at + timedelta(hours=k)).isoformat(sep=" "), STEPS[k], region))
        done += got == 4
        if got >= 2:
            reached[region][0] += 1
            reached[region][1] += got == 4
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "region"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "region"], events)
    return {"bc": reached["British Columbia"][1] / reached["British Columbia"][0], "overall": done / 1200}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("initials_step_share"), _company) as out:
        yield out


def test_initials_a_verb_form_and_a_share_between_two_steps(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "BC, June through September 2025 - of the people who got as far as adding a car to their booking, "
                     "what share ended up with a ticket? Use the vehicle booking journey.")
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["bc"]) < 0.002 for v in first_numbers(a)), (facts, a.answer)


def test_capitals_naming_nothing_are_said_unknown_even_first(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "XQ, June 2025 - how many people added a car?")
    assert a.status != "ok", a.answer
    assert "XQ" in a.answer, a.answer


def test_a_chain_of_steps_spelled_out_is_the_journeys_conversion(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Vehicle booking journey, June to September 2025: fare selection -> add vehicle -> payment -> "
                     "ticket issued, what share made it to the end?")
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["overall"]) < 0.002 for v in first_numbers(a)), (facts, a.answer)
