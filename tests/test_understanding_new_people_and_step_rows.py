"""Causes seen in session 43's blind batches (a tile store, a senior-meal service, a vet pharmacy):

- "2025年新进来的老人，哪个获客渠道带来的最多？", "第三季度新建档的客户有多少个？": people said with a verb of joining
  after 新 are the customers who joined in the period (their sign-up time), not every event in it, and the verb names
  nothing the data lacks;
- "Which product line had the most adverse reaction reports?" where the product line is kept on orders only: the step
  named is not dropped for a count of orders — its own rows are counted (grouped where they can be), or refused.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

CHANNELS = ["子女线上登记", "社区转介", "医院社工转介"]


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4403)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_delivery", "Meal delivery", "送餐", "Meal delivery", "service", "delivery|送餐"),
               ("tp_adverse", "Adverse reaction report", "不良反应上报", "Adverse reaction report", "service",
                "adverse reaction report|不良反应")])
    customers, events, orders = [], [], []
    joined_2025: Counter[str] = Counter()
    events_2025: Counter[str] = Counter()
    joined_q3 = 0
    n = 0
    for i in range(900):
        cid = f"C{i:04d}"
        # the channel that brings most people joined early and is busy; the newest joiners come from the families
        channel = CHANNELS[0] if i % 3 == 0 else CHANNELS[1] if i % 3 == 1 else CHANNELS[2]
        year = 2025 if (channel == CHANNELS[0] or i % 5 == 0) else 2024
        signup = datetime(year, 1, 1) + timedelta(days=rnd.randrange(360))
        customers.append((cid, signup.isoformat(sep=" "), channel))
        if year == 2025:
            joined_2025[channel] += 1
            joined_q3 += datetime(2025, 7, 1) <= signup < datetime(2025, 10, 1)
        busy = 12 if channel == CHANNELS[2] else 2
        for _ in range(busy):
            at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(365), hours=11)
            n += 1
            events.append((f"E{n:06d}", cid, at.isoformat(sep=" "), "tp_delivery"))
            events_2025[channel] += 1
        line = rnd.choice(["nsaid", "insulin", "diet"])
        orders.append((f"O{i:05d}", cid, "2025-03-01 10:00:00", 50, "paid", line))
        if rnd.random() < 0.1:
            n += 1
            events.append((f"E{n:06d}", cid, "2025-05-01 10:00:00", "tp_adverse"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "获客渠道"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "product_line"], orders)
    return {"top_joined": joined_2025.most_common(1)[0][0], "top_events": events_2025.most_common(1)[0][0],
            "joined_q3": joined_q3}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("new_people"), _company) as out:
        yield out


def test_people_who_newly_came_in_are_the_customers_who_joined(company) -> None:  # noqa: ANN001
    service, facts = company
    assert facts["top_joined"] != facts["top_events"]  # (the data tells the two readings apart)
    a = ask(service, "2025年新进来的老人，哪个获客渠道带来的最多？")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == facts["top_joined"], a.answer


def test_a_verb_of_joining_names_nothing_missing(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "2025年第三季度新建档的客户有多少个？")
    assert a.status == "ok", a.answer
    assert facts["joined_q3"] in first_numbers(a), a.answer


def test_a_step_named_is_not_dropped_for_orders(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "Which product line had the most adverse reaction reports in 2025?")
    # the reports carry no product line: refused or counted at the step, never the orders of every step
    assert not any(c.args.get("metric_id") == "orders" for c in a.tool_calls), a.answer
