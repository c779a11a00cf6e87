""""2025年下半年，哪家诊所做院内多导睡眠监测平均要等最久？" (session 45's sleep-clinic batch): the step's events keep two
times, the night's sleep minutes and the days waited; "要等最久" asks the wait (wait_days, a time kept in days), not
the time whose name shares a word with the step's.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

CLINICS = {"北京诊所": 9, "新加坡诊所": 24, "都柏林诊所": 13}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4514)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_consult", "Consultation", "初诊", "Consultation", "consideration", "consult"),
               ("tp_lab_study", "In-lab sleep study", "院内多导睡眠监测", "In-lab sleep study", "purchase",
                "院内监测|sleep lab")])
    customers, events = [], []
    waits: dict[str, list[int]] = defaultdict(list)
    for i in range(600):
        cid = f"C{i:04d}"
        clinic = list(CLINICS)[i % 3]
        at = datetime(2025, 7, 1) + timedelta(days=rnd.randrange(170), hours=20)
        customers.append((cid, at.isoformat(sep=" ")))
        wait = max(1, int(rnd.gauss(CLINICS[clinic], 3)))
        waits[clinic].append(wait)
        events.append((f"E{i:05d}", cid, at.isoformat(sep=" "), "tp_lab_study", clinic, rnd.randrange(300, 460), wait))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "诊所", "total_sleep_min",
                                   "wait_days"], events)
    means = {k: sum(v) / len(v) for k, v in waits.items()}
    return {"longest": max(means, key=means.get)}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("wait_column"), _company) as out:
        yield out


def test_the_wait_asked_is_the_wait_column(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年下半年，哪家诊所做院内多导睡眠监测平均要等最久？")
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == facts["longest"], a.answer
    assert any(c.args.get("metric_id") == "avg_wait_days" for c in a.tool_calls), a.tool_calls
