"""Show-up rates where the arrival step is not the journey's last (cause seen in blind batches: an e-bike shop's
"约了试骑的人，真正到店骑了的占多少？（到店率）", a caterer's tasting attendance): those who reached the step before the
arrival and went on to it — not the arrival step's own conversion to the step after it. And a step named verb first
with an aspect particle ("约了试菜" for the step 约试菜) is that step.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _caterer(tmp: Path) -> dict[str, object]:
    rnd = random.Random(29)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_book", "Tasting booked", "约试菜", "Tasting booked", "consideration", "预约试菜|book a tasting"),
               ("tp_attend", "Tasting attended", "试菜到场", "Tasting attended", "consideration", "到场试菜|tasting"),
               ("tp_proposal", "Proposal sent", "发送方案", "Proposal sent", "consideration", "方案|proposal"),
               ("tp_contract", "Contract signed", "签订合同", "Contract signed", "purchase", "签约|contract")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("sales", "Sales", 1, "tp_book", 30), ("sales", "Sales", 2, "tp_attend", 30),
               ("sales", "Sales", 3, "tp_proposal", 30), ("sales", "Sales", 4, "tp_contract", 30)])
    customers, events = [], []
    booked, came, proposed = set(), set(), set()
    for i in range(500):
        cid = f"C{i:04d}"
        at = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(320), hours=rnd.randrange(10))
        customers.append((cid, at.isoformat(sep=" ")))
        steps = ["tp_book"]
        if rnd.random() < 0.7:
            steps.append("tp_attend")
            if rnd.random() < 0.5:
                steps.append("tp_proposal")
                if rnd.random() < 0.4:
                    steps.append("tp_contract")
        for k, tp in enumerate(steps):
            events.append((f"{cid}-{k}", cid, (at + timedelta(days=2 * k)).isoformat(sep=" "), tp, "log"))
        booked.add(cid)
        came |= {cid} if "tp_attend" in steps else set()
        proposed |= {cid} if "tp_proposal" in steps else set()
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    return {"booked": booked, "came": came, "proposed": proposed}


@pytest.fixture(scope="module")
def caterer(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("show_up"), _caterer) as out:
        yield out


@pytest.mark.parametrize("q", ["2025年约了试菜的客户，到场率是多少？", "What was the tasting show-up rate in 2025?"])
def test_a_show_up_rate_is_the_conversion_into_the_arrival_step(caterer, q) -> None:  # noqa: ANN001
    service, facts = caterer
    a = ask(service, q)
    expected = len(facts["came"]) / len(facts["booked"])
    wrong = len(facts["proposed"]) / len(facts["came"])  # the arrival step's own conversion
    assert a.status == "ok", a.answer
    value = first_numbers(a)[0]
    assert abs(value - expected) < 1e-6, (expected, wrong, a.tables[0].rows)
