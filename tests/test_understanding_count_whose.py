"""An imperative count that says who counts (cause seen in session 34's first blind batch, a lawn care
subscription): "How many active subscribers do we have in Beijing right now? Count customers whose segment is active
or new." counts the Beijing customers whose segment is either value — one number, not a comparison of the two, and
"Count customers whose …" is no widening clause (it had dropped both values and counted only "active").

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _lawns(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3415)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_visit", "上门养护", "上门养护", "Lawn visit", "service", "visit|上门")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("care", "Care", 1, "tp_visit", 30)])
    customers, events, want = [], [], 0
    for i in range(800):
        cid = f"C{i:04d}"
        segment = rnd.choice(["active", "new", "churned", "paused"])
        region = rnd.choice(["Beijing", "Shanghai"])
        customers.append((cid, f"2025-0{1 + i % 9}-15 10:00:00", segment, region))
        want += region == "Beijing" and segment in ("active", "new")
        events.append((f"E{len(events):05d}", cid, f"2025-0{1 + i % 9}-20 10:00:00", "tp_visit", "done"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "segment", "region"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"want": want}


@pytest.fixture(scope="module")
def lawns(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("count_whose"), _lawns) as out:
        yield out


def test_count_whose_column_is_either_value_is_one_slice(lawns) -> None:  # noqa: ANN001
    service, facts = lawns
    a = ask(service, "How many active subscribers do we have in Beijing right now? "
                     "Count customers whose segment is active or new.")
    assert a.status == "ok", a.answer
    assert f"was {facts['want']:,}" in a.answer, (a.answer, facts["want"])
