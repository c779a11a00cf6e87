""""How many breakdown calls did we log in December 2025?" (session 48's forklift rental batch) was refused with
"your data has nothing called 'many'": "many breakdown" was read as a grouping said before "breakdown" (as in "the
gender breakdown"), while "breakdown calls" names the step Breakdown call and "many" says how many.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4806)
    tmp.mkdir(parents=True, exist_ok=True)
    events, dec = [], 0
    for i in range(400):
        at = datetime(2025, 6, 1) + timedelta(days=rnd.randrange(300), hours=8)
        events.append((f"E{i:04d}", f"C{i % 90:04d}", at.isoformat(sep=" "), "tp_breakdown_call"))
        dec += (at.year, at.month) == (2025, 12)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage"],
              [("tp_breakdown_call", "故障报修", "Breakdown call", "service")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(90)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    return {"dec": dec}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("breakdown_step"), _company) as out:
        yield out


@pytest.mark.parametrize("q", ["How many breakdown calls did we log in December 2025?",
                               "how much breakdown call volume did we get in December 2025"])
def test_breakdown_in_a_step_name_is_no_split(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert facts["dec"] in a.tables[0].rows[0], (a.tables[0].columns, a.tables[0].rows[:2])
