"""A wait asked at the step that records it (blind batch sightseebus of session 52): "乘客在站点平均等车多久？单位分钟"
where 站点 is an alias of the route page and 等车 of the hop-on step, whose rows carry wait_min: the average of that
column at that step — never the time from one step to the other.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import first_numbers, service_on, write_csv


def _buses(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5213)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_route", "查看线路", "查看线路", "Route page", "consideration", "看线路|站点|route page"),
               ("tp_hop_on", "站点上车", "站点上车", "Hop-on at a stop", "service", "上车|候车|等车|hop on")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("ride", "乘车", 1, "tp_route", 30), ("ride", "乘车", 2, "tp_hop_on", 30)])
    customers, events = [], []
    for i in range(500):
        cid = f"P{i:04d}"
        customers.append((cid, "2025-01-01"))
        at = datetime(2025, 7, 1) + timedelta(days=rnd.randrange(31), hours=rnd.randrange(8, 18))
        events.append((f"E{len(events):06d}", cid, (at - timedelta(days=rnd.randrange(1, 20))).isoformat(sep=" "),
                       "tp_route", "view", ""))
        for k in range(rnd.randint(1, 3)):
            events.append((f"E{len(events):06d}", cid, (at + timedelta(hours=2 * k)).isoformat(sep=" "), "tp_hop_on",
                           "board", rnd.randrange(3, 40)))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "wait_min"], events)
    return {"events": events}


@pytest.fixture(scope="module")
def buses(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("wait_at_a_step"), _buses) as out:
        yield out


def test_wait_at_the_step_that_records_it(buses) -> None:  # noqa: ANN001
    service, facts = buses
    waits = [e[5] for e in facts["events"] if e[3] == "tp_hop_on" and e[2][:7] == "2025-07"]
    a = service.answer("2025年7月乘客在站点平均等车多久？单位分钟")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(waits) / len(waits)), a.answer


def test_wait_between_two_named_steps_keeps_the_steps(buses) -> None:  # noqa: ANN001
    """"从查看线路到上车平均干等了多少分钟": the wait word is no step's name, the steps keep theirs (no unknown end)."""
    service, facts = buses
    waits = [e[5] for e in facts["events"] if e[3] == "tp_hop_on" and e[2][:7] == "2025-07"]
    a = service.answer("2025年7月乘客从查看线路到上车平均干等了多少分钟？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(sum(waits) / len(waits)), a.answer
