""""Which showroom brought in the most custom-order value in 2025?" (session 47's jewellery batch) ranked the
average order value: "order value" said with a total or a verb of bringing money in is the orders' value added up;
said alone, or with "average" / "per order", it stays the average.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

# (the busy showroom sells cheaper pieces: its total is the largest, its average the smallest)
SHOWROOMS = {"Shanghai": (300, 8000.0), "Chengdu": (40, 30000.0), "Beijing": (120, 12000.0)}


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4710)
    tmp.mkdir(parents=True, exist_ok=True)
    orders, events = [], []
    money: dict[str, list[float]] = defaultdict(list)
    i = 0
    for room, (n, price) in SHOWROOMS.items():
        for _ in range(n):
            at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(330), hours=14)
            amount = round(price * rnd.uniform(0.8, 1.2), 2)
            orders.append((f"O{i:04d}", f"C{i:04d}", at.isoformat(sep=" "), amount, "paid", room))
            events.append((f"E{i:04d}", f"C{i:04d}", at.isoformat(sep=" "), "tp_visit"))
            money[room].append(amount)
            i += 1
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_visit", "Showroom visit", "awareness")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(i)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "showroom"], orders)
    return {"top_total": max(money, key=lambda r: sum(money[r])),
            "top_avg": max(money, key=lambda r: sum(money[r]) / len(money[r]))}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("order_value_total"), _company) as out:
        yield out


@pytest.mark.parametrize("q", ["Which showroom brought in the most custom-order value in 2025?",
                               "Which showroom had the highest total order value in 2025?"])
def test_order_value_brought_in_is_a_total(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == facts["top_total"], a.tables[0].rows


def test_average_order_value_stays_average(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Which showroom had the highest average order value in 2025?")
    assert a.status == "ok", a.answer
    assert a.tables[0].rows[0][0] == facts["top_avg"], a.tables[0].rows
