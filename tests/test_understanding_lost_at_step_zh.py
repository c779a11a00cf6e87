""""前年进来的线索，在签约这条流程里哪一步之后丢的客户最多？" (session 46's greenhouse batch): 丢客户 is losing customers,
as 流失 is — the drop-off of the journey's steps, never the people reached at its first step.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

STEPS = ("tp_lead", "tp_quote", "tp_contract")


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4613)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_lead", "线索登记", "线索登记", "Lead", "awareness"), ("tp_quote", "报价", "报价", "Quote", "consideration"),
               ("tp_contract", "签约", "签约", "Contract", "purchase")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("sign", "线索到签约", k + 1, t, 90) for k, t in enumerate(STEPS)])
    customers, events = [], []
    for i in range(400):
        cid = f"C{i:04d}"
        customers.append((cid, "2024-01-01 00:00:00"))
        at = datetime(2024, 1, 5) + timedelta(days=rnd.randrange(300))
        for k, tp in enumerate(STEPS):
            if k and rnd.random() < (0.3 if k == 1 else 0.7):
                break
            events.append((f"E{i:04d}{k}", cid, (at + timedelta(days=5 * k)).isoformat(sep=" "), tp))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    return {}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("lost_at_step_zh"), _company) as out:
        yield out


@pytest.mark.parametrize("q", ["2024年进来的线索，在签约这条流程里哪一步之后丢的客户最多？", "2024年签约流程哪一步丢客户最多？"])
def test_losing_customers_is_the_drop_off(company, q) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tool_calls[0].name == "funnel_dropoff", a.tool_calls
    assert a.tables[0].rows[0][3] == "tp_quote", a.tables[0].rows
