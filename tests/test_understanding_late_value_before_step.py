"""A value of a late column said right before the step that records it (cause seen in session 51's blind campervan
batch: events carry ~50 company columns, the warranty claims record 故障类型 = 漏水 / 电路故障 past the profile's
first 40, whose short values link no everyday word on their own):

- "2025年漏水的保修单有几单？" counted every warranty claim (161) — 漏水 was not read; the value said right before the
  rows that record its column ("漏水的保修单") is a kind of those rows, so only the leak claims are counted.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

FILLER = [f"extra_{i:02d}" for i in range(44)]


def _workshop(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5102)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_handover", "Handover", "交车", "Handover", "purchase", "handover|交车"),
               ("tp_claim", "Warranty claim", "保修报修", "Warranty claim", "service", "warranty|保修")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("after", "After sales", 1, "tp_handover", 365), ("after", "After sales", 2, "tp_claim", 365)])
    customers, events = [], []
    leaks = {2025: 0}
    claims = {2025: 0}
    for i in range(400):
        cid = f"C{i:04d}"
        customers.append((cid, "2024-06-01"))
        t = datetime(2024, 9, 1) + timedelta(days=rnd.randrange(300))
        fill = [str(rnd.randrange(5)) for _ in FILLER]
        events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_handover", "done", *fill, ""))
        if rnd.random() < 0.6:
            c = t + timedelta(days=rnd.randrange(30, 200))
            fault = rnd.choice(["漏水", "电路故障", "门窗问题"])
            events.append((f"E{len(events):05d}", cid, c.isoformat(sep=" "), "tp_claim", "reported", *fill, fault))
            if c.year == 2025:
                claims[2025] += 1
                leaks[2025] += fault == "漏水"
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", *FILLER, "故障类型"], events)
    return {"leaks": leaks[2025], "claims": claims[2025]}


@pytest.fixture(scope="module")
def workshop(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("late_value"), _workshop) as out:
        yield out


def test_a_late_columns_value_before_its_step_slices_the_rows(workshop) -> None:  # noqa: ANN001
    service, facts = workshop
    assert facts["leaks"] < facts["claims"]
    a = ask(service, "2025年漏水的保修单有几单？")
    assert a.status == "ok", a.answer
    assert facts["leaks"] in first_numbers(a), (a.answer, facts)
    assert facts["claims"] not in first_numbers(a), (a.answer, facts)
