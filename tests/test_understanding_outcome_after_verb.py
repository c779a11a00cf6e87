""""What share of Bangkok transport pick-ups ran late last month?" (session 45's dialysis batch): the outcome late is
an everyday word, linked as a value only where words around it make it one. After a verb of happening ("ran late",
"arrived late", "ended early") it is how the rows turned out. And "ran" is no name of a step whose one-word alias
is the noun "run" (a dialysis run): the past of an alias names a step only when the step is named by that verb.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4605)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_treatment", "Treatment session", "治疗", "Treatment session", "service", "治疗|treatment|run"),
               ("tp_pickup", "Shuttle pick-up", "接送", "Shuttle pick-up", "service", "接送|pick-up|pickup|shuttle")])
    customers, events = [], []
    late = total = 0
    for i in range(400):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        for k in range(3):
            at = datetime(2025, 1, 6) + timedelta(days=rnd.randrange(350), hours=7)
            outcome = "late" if rnd.random() < 0.22 else rnd.choice(["on_time", "on_time", "on_time", "no_show"])
            total += 1
            late += outcome == "late"
            events.append((f"E{i:04d}{k}p", cid, at.isoformat(sep=" "), "tp_pickup", outcome))
            events.append((f"E{i:04d}{k}t", cid, (at + timedelta(hours=1)).isoformat(sep=" "), "tp_treatment",
                           "completed"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"late_share": late / total, "late": late}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("outcome_after_verb"), _company) as out:
        yield out


@pytest.mark.parametrize("verb", ["ran", "arrived", "were"])
def test_an_outcome_after_a_verb_of_happening_is_the_share_asked(company, verb) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, f"What share of shuttle pick-ups {verb} late in 2025?")
    assert a.status == "ok", a.answer
    assert "Treatment" not in a.answer, a.answer
    assert any(isinstance(v, float) and abs(v - facts["late_share"]) < 1e-9 for row in a.tables[0].rows
               for v in row), a.tables[0].rows
