""""按“线索→拜访→送样→试用→报价→签约”这个90天的开发漏斗算，最后签下合同的客户占多少？" (session 44's flour-mill batch):
a link of a chain names a step by a part of its name (线索 of 线索登记, 试用 of 试用反馈) when one step of the chain's
journey holds it, and "占多少" asks the chain's conversion; "卖方从提交开户资料到拿到卖房款": 开户 is an alias word of
another journey's step, but the seller journey's first step, 卖方开户资料, holds it — the two steps said are read on
one journey.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

STEPS = ["tp_lead", "tp_visit", "tp_trial", "tp_contract"]


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4406)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_lead", "线索登记", "线索登记", "Lead logged", "awareness", "新线索|lead"),
               ("tp_visit", "销售拜访", "销售拜访", "Sales visit", "consideration", "拜访|visit"),
               ("tp_trial", "试用反馈", "试用反馈", "Trial feedback", "consideration", "试面|trial"),
               ("tp_contract", "签约", "签约", "Contract", "purchase", "合同|contract"),
               ("tp_open", "开立托管", "开立托管", "Escrow opened", "purchase", "开户|开单|open escrow"),
               ("tp_intake", "卖方开户资料", "卖方开户资料", "Seller intake", "awareness", "卖方资料|seller intake"),
               ("tp_payout", "卖方放款", "卖方放款", "Seller payout", "purchase", "放款|卖房款|payout")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("lead_to_contract", "新客开发到签约", i + 1, t, 90) for i, t in enumerate(STEPS)] +
              [("seller", "卖方放款", 1, "tp_intake", 75), ("seller", "卖方放款", 2, "tp_payout", 75),
               ("buyer", "买方托管", 1, "tp_open", 75), ("buyer", "买方托管", 2, "tp_contract", 75)])
    events, customers = [], []
    started = done = 0
    for i in range(800):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(330), hours=9)
        depth = 1
        for k, tp in enumerate(STEPS):
            if k and rnd.random() > 0.7:
                break
            events.append((f"E{i:04d}{k}", cid, (at + timedelta(days=5 * k)).isoformat(sep=" "), tp))
            depth = k + 1
        started += 1
        done += depth == len(STEPS)
    sellers = paid = 0
    for i in range(300):
        cid = f"S{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(280), hours=9)
        events.append((f"S{i:04d}a", cid, at.isoformat(sep=" "), "tp_intake"))
        sellers += 1
        if rnd.random() < 0.6:
            events.append((f"S{i:04d}b", cid, (at + timedelta(days=30)).isoformat(sep=" "), "tp_payout"))
            paid += 1
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    return {"rate": done / started, "payout": paid / sellers}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("chain_by_parts"), _company) as out:
        yield out


def test_a_chain_names_its_steps_by_parts_of_their_names(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年登记的线索，按“线索→拜访→试用→签约”这个90天的开发漏斗算，最后签下合同的客户占多少？")
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["rate"]) < 1e-6 for v in first_numbers(a)), a.answer


def test_two_steps_said_together_are_read_on_one_journey(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年卖方从开户资料到拿到卖房款，转化率是多少？")
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["payout"]) < 1e-6 for v in first_numbers(a)), a.answer
