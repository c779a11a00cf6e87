"""An amount in a unit asked of work two steps name (cause seen in session 34's first blind batch, a document
shredding service that weighs the paper at pickup):

- "How many kilograms of paper did we collect for shredding in 2025?" names the collection and the shredding steps
  but asks for no time between them: the total of weight_kg (the one column kept in kilograms), not a count of the
  two steps' events;
- "How many hours from the pickup to the shredding?" is still a time between the two steps, never a total.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, amount_said, service_on, write_csv


def _shredding(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3404)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_collection", "Collection", "上门收运", "Collection", "service", "pickup|collect|collection|收运"),
               ("tp_shredding", "Shredding", "粉碎销毁", "Shredding", "service", "shredding|destruction|粉碎")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("service", "Service", 1, "tp_collection", 30), ("service", "Service", 2, "tp_shredding", 30)])
    customers, events, kg = [], [], 0.0
    for i in range(300):
        cid = f"C{i:04d}"
        customers.append((cid, "2024-12-01"))
        for _ in range(3):
            t = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(355), hours=rnd.randrange(8))
            w = round(rnd.uniform(20, 400), 1)
            kg += w
            events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_collection", "collected", str(w)))
            events.append((f"E{len(events):05d}", cid, (t + timedelta(hours=6)).isoformat(sep=" "), "tp_shredding",
                           "shredded", ""))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "weight_kg"], events)
    return {"kg": kg}


@pytest.fixture(scope="module")
def shredding(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("amount_of_two_steps"), _shredding) as out:
        yield out


def test_an_amount_in_a_unit_of_two_steps_work_is_the_columns_total(shredding) -> None:  # noqa: ANN001
    service, facts = shredding
    a = ask(service, "How many kilograms of paper did we collect for shredding in 2025?")
    assert a.status == "ok", a.answer
    assert amount_said(a.answer, facts["kg"]), (a.answer, facts["kg"])


def test_hours_between_two_steps_stay_a_time_between(shredding) -> None:  # noqa: ANN001
    service, _ = shredding
    a = ask(service, "In 2025, how many hours from the pickup to the shredding, median?")
    assert a.status == "ok", a.answer
    assert "6.0" in a.answer or "6 h" in a.answer, a.answer
