""""浙江停航通知平均提前几个小时发给乘客？" (session 45's ferry batch): two time columns compete for a time said in other
words (delay_min of the arrivals, notice_hours of the cancellation notices); the unit said (小时) picks the column
kept in it — not the minutes of another step's delays. (A guard here: on these columns the names' meanings already
pick notice_hours; on the ferry batch's catalogue they picked delay_min, which the unit now overrules.)

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4511)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_arrive", "Arrival", "到港", "Arrival", "service"),
               ("tp_cancel", "Weather cancellation", "天气停航", "Weather cancellation", "service")])
    customers, events = [], []
    notice = []
    for i in range(500):
        cid = f"C{i:04d}"
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(360), hours=7)
        customers.append((cid, at.isoformat(sep=" ")))
        events.append((f"E{i:05d}a", cid, at.isoformat(sep=" "), "tp_arrive", rnd.randrange(0, 40), "",
                       rnd.randrange(1, 6), rnd.randrange(20, 90), round(rnd.uniform(3, 6), 1), rnd.randrange(1, 15),
                       rnd.randrange(0, 30)))
        if i % 4 == 0:
            h = round(rnd.uniform(0.5, 20), 1)
            notice.append(h)
            events.append((f"E{i:05d}c", cid, (at + timedelta(days=1)).isoformat(sep=" "), "tp_cancel", "", h,
                           "", "", "", "", ""))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "delay_min", "notice_hours",
                                   "passengers", "items", "attempt", "approval_days", "spend"], events)
    return {"notice": sum(notice) / len(notice)}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("time_column_by_unit"), _company) as out:
        yield out


def test_the_unit_said_picks_the_time_column_kept_in_it(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年停航通知平均提前几个小时发给乘客？")
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["notice"]) < 0.01 for v in first_numbers(a)), (facts, a.answer)
