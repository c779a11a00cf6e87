"""A step named with a hyphen ("Water-resistance test") is said without it ("water resistance test fail rate"). Session
50's watch-repair batch asked "which touchpoint?" there, as the unhyphenated words matched only a service type's value
(water_test) of another column.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5001)
    tmp.mkdir(parents=True, exist_ok=True)
    events = []
    fails = tests = 0
    for i in range(500):
        at = datetime(2025, 3, 1) + timedelta(days=rnd.randrange(180), hours=10)
        cid = f"C{i % 150:04d}"
        service = rnd.choice(["water_test", "full_service", "battery"])
        events.append((f"E{i:04d}a", cid, at.isoformat(sep=" "), "tp_intake", "received", service))
        outcome = "fail" if rnd.random() < 0.2 else "pass"
        events.append((f"E{i:04d}b", cid, (at + timedelta(days=2)).isoformat(sep=" "), "tp_water_test", outcome, service))
        if datetime(2025, 6, 1) <= at + timedelta(days=2) < datetime(2025, 9, 1):
            tests += 1
            fails += outcome == "fail"
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage"],
              [("tp_intake", "收表登记", "Watch intake", "consideration"),
               ("tp_water_test", "防水测试", "Water-resistance test", "service")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2024-06-01") for j in range(150)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "service_type"], events)
    return {"rate": fails / tests}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("hyphen_names"), _company) as out:
        yield out


@pytest.mark.parametrize("q", ["What was the water resistance test fail rate in Jun-Aug 2025?",
                               "What was the water-resistance test fail rate in Jun-Aug 2025?"])
def test_a_hyphenated_step_name_said_without_its_hyphen_is_that_step(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert any(abs(x - facts["rate"]) < 1e-3 for x in first_numbers(a)), (a.answer, facts)


def test_a_rate_defined_with_the_last_word_of_a_named_step(company) -> None:  # noqa: ANN001
    """("the nurse-assessment deferral rate, i.e. deferred assessments over all assessments": session 50's infusion
    batch was told "deferred assessments" names nothing)"""
    service, facts = company
    a = ask(service, "What was the water-resistance test fail rate in Jun-Aug 2025, i.e. failed tests over all tests?")
    assert a.status == "ok", a.answer
    assert any(abs(x - facts["rate"]) < 1e-3 for x in first_numbers(a)), (a.answer, facts)
