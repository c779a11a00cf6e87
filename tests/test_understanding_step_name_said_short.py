""""How many percent took out the ClearCare plan within 30 days after sign-off?" of the step "ClearCare plan sign-up",
on data with a plan column: "plan" continues the step's own name, no grouping by plan (session 50's glass-repair batch
answered "by plan, care ranks first").

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5008)
    tmp.mkdir(parents=True, exist_ok=True)
    events, customers = [], []
    joined = 0
    for i in range(300):
        cid = f"C{i:04d}"
        at = datetime(2025, 2, 1, 9) + timedelta(days=rnd.randrange(280))
        join = rnd.random() < 0.25
        customers.append((cid, "2024-12-01", rnd.choice(["care", "care_plus"]) if join else ""))
        events.append((f"E{i:04d}a", cid, at.isoformat(sep=" "), "tp_signoff", "signed"))
        if join:
            events.append((f"E{i:04d}b", cid, (at + timedelta(days=rnd.randrange(1, 20))).isoformat(sep=" "),
                           "tp_plan_join", "joined"))
            joined += 1
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_en", "stage", "aliases"],
              [("tp_signoff", "验收签字", "Customer sign-off", "service", "sign-off|job completion"),
               ("tp_plan_join", "开通安心保", "ClearCare plan sign-up", "loyalty", "ClearCare|care plan")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "plan"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"share": joined / 300}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("step_name_said_short"), _company) as out:
        yield out


def test_a_column_word_continuing_a_steps_name_groups_nothing(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Of the customers who signed off a job in 2025, how many percent took out the ClearCare plan "
                     "within 30 days after sign-off?")
    assert a.status == "ok", a.answer
    assert "plan" not in str(a.tool_calls[0].args.get("dimension")), a.tool_calls
    assert any(abs(x - facts["share"]) < 0.01 for x in first_numbers(a)), (a.answer, facts)
