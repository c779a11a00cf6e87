""""上个季度一共发出去多少个订阅箱？" (session 45's kombucha batch): the step "订阅箱发货" said as its thing (订阅箱) and its
verb's first character with an ending of its own (发出去), beside a sibling step "订阅箱签收" — the shipped boxes are
counted, where nothing was understood before. With no verb of either step said, no step is guessed.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4507)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_sub", "Subscription started", "开通订阅", "Subscription started", "purchase"),
               ("tp_shipped", "Box shipped", "订阅箱发货", "Box shipped", "service"),
               ("tp_delivered", "Box delivered", "订阅箱签收", "Box delivered", "service")])
    customers, events, orders = [], [], []
    shipped_2025 = 0
    fees_2025 = 0.0
    for i in range(300):
        cid = f"C{i:04d}"
        start = datetime(2024, 10, 1) + timedelta(days=rnd.randrange(300), hours=9)
        customers.append((cid, start.isoformat(sep=" ")))
        events.append((f"E{i:05d}s", cid, start.isoformat(sep=" "), "tp_sub"))
        for k in range(rnd.randrange(1, 8)):
            at = start + timedelta(days=30 * k + 3)
            shipped_2025 += at.year == 2025
            events.append((f"E{i:05d}b{k}", cid, at.isoformat(sep=" "), "tp_shipped"))
            kind = "订阅箱发货费" if k % 2 else "订阅费"
            orders.append((f"O{i:05d}{k}", cid, at.isoformat(sep=" "), 10.0 if k % 2 else 50.0, "paid", kind))
            fees_2025 += 10.0 if k % 2 and at.year == 2025 else 0.0
            if rnd.random() < 0.9:
                events.append((f"E{i:05d}d{k}", cid, (at + timedelta(days=2)).isoformat(sep=" "), "tp_delivered"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "费用类型"], orders)
    return {"shipped_2025": shipped_2025, "fees_2025": fees_2025}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("step_said_apart_zh"), _company) as out:
        yield out


def test_the_thing_and_the_verb_said_apart_name_the_step(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年一共发出去多少个订阅箱？")
    assert a.status == "ok", a.answer
    assert facts["shipped_2025"] in first_numbers(a), (facts, a.answer)
    assert any("tp_shipped" in str(c.args) for c in a.tool_calls), a.tool_calls


def test_the_thing_alone_guesses_no_step(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "2025年一共有多少个订阅箱？")
    assert not any("tp_shipped" in str(c.args) for c in a.tool_calls), a.tool_calls


def test_a_value_holding_the_steps_name_whole_stays_that_value(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年订阅箱发货费一共收了多少？")
    assert a.status == "ok", a.answer
    assert any(abs(v - facts["fees_2025"]) < 0.01 for v in first_numbers(a)), (facts, a.answer)


def _cheese(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4620)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_join", "Club joined", "月盒开通", "Club joined", "purchase"),
               ("tp_dispatch", "Club box dispatched", "月盒冷链发货", "Club box dispatched", "service"),
               ("tp_delivered", "Club box delivered", "月盒签收", "Club box delivered", "service")])
    customers, events = [], []
    dispatched = 0
    for i in range(300):
        cid = f"C{i:04d}"
        start = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(200), hours=9)
        customers.append((cid, start.isoformat(sep=" ")))
        events.append((f"E{i:05d}s", cid, start.isoformat(sep=" "), "tp_join", ""))
        for k in range(rnd.randrange(1, 5)):
            at = start + timedelta(days=30 * k + 3)
            dispatched += at.year == 2025
            events.append((f"E{i:05d}b{k}", cid, at.isoformat(sep=" "), "tp_dispatch", ""))
            issue = "melted" if rnd.random() < 0.1 else "ok"
            events.append((f"E{i:05d}d{k}", cid, (at + timedelta(days=2)).isoformat(sep=" "), "tp_delivered", issue))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "issue"], events)
    return {"dispatched": dispatched}


@pytest.fixture(scope="module")
def cheese(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("step_said_apart_zh_middle"), _cheese) as out:
        yield out


def test_a_six_character_name_with_a_word_between_its_thing_and_verb(cheese) -> None:  # noqa: ANN001
    """(session 46's reading of the cheesemaker batch: "一共发出去多少个月盒" of 月盒冷链发货, where 发出 — "to issue" in
    the dictionary — also glossed a column called issue)"""
    service, facts = cheese
    a = ask(service, "2025年一共发出去多少个月盒？")
    assert a.status == "ok", a.answer
    assert facts["dispatched"] in first_numbers(a), (facts, a.answer)
