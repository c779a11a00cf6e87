"""A verb's particle is no value (cause seen in session 51's blind tattoo-removal batch, whose customers record
tattoo_location = back / arm / leg): "what share of the photo_tracker group came back for another laser session"
sliced the customers to tattoos on the back ("came <value> for" read like "arrived late for"). "Tattoos on the back"
still slices.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _clinic(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5104)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_consult", "Consultation", "面诊", "Consultation", "consideration", "consult|面诊"),
               ("tp_session", "Laser session", "激光治疗", "Laser session", "service", "laser session|治疗")])
    customers, events = [], []
    back = 0
    for i in range(400):
        cid = f"C{i:04d}"
        where = rnd.choice(["back", "arm", "leg"])
        back += where == "back"
        customers.append((cid, "2025-01-01", where))
        t = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(300))
        events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_consult", "done"))
        for k in range(rnd.randrange(0, 3)):
            events.append((f"E{len(events):05d}", cid, (t + timedelta(days=10 + 30 * k)).isoformat(sep=" "),
                           "tp_session", "done"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "tattoo_location"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"back": back}


@pytest.fixture(scope="module")
def clinic(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("particles"), _clinic) as out:
        yield out


def test_came_back_is_no_tattoo_on_the_back(clinic) -> None:  # noqa: ANN001
    service, _ = clinic
    a = ask(service, "How many customers came back for a laser session in 2025?")
    assert a.status == "ok", a.answer
    for c in a.tool_calls:
        assert "tattoo_location" not in (c.args.get("filters") or {}), c.args


def test_a_location_said_as_a_place_still_slices(clinic) -> None:  # noqa: ANN001
    service, facts = clinic
    a = ask(service, "How many customers have tattoos on the back?")
    assert a.status == "ok", a.answer
    assert facts["back"] in first_numbers(a), (a.answer, facts)
