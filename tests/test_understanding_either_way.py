""""How many people created an account in Q1 2026, buyers or not?" (session 46's supplements batch) answered the
number of buyers: a kind said both ways ("buyers or not", "with or without an order", "买没买都算", "无论是否下单")
is no measure and no slice. "注册的用户" of a period are those who signed up in it, never the active customers.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4703)
    tmp.mkdir(parents=True, exist_ok=True)
    customers, orders, events = [], [], []
    q1 = buyers_q1 = 0
    for i in range(500):
        cid = f"C{i:04d}"
        at = datetime(2025, 10, 1) + timedelta(days=rnd.randrange(180), hours=9)
        customers.append((cid, at.isoformat(sep=" ")))
        events.append((f"E{i:04d}", cid, at.isoformat(sep=" "), "tp_home"))
        in_q1 = datetime(2026, 1, 1) <= at < datetime(2026, 4, 1)
        q1 += in_q1
        if rnd.random() < 0.3:
            orders.append((f"O{i:04d}", cid, (at + timedelta(hours=2)).isoformat(sep=" "), 40.0, "paid"))
            buyers_q1 += in_q1 and (at + timedelta(hours=2)) < datetime(2026, 4, 1)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_home", "Home page", "awareness")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status"], orders)
    return {"signups": q1, "buyers": buyers_q1}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("either"), _company) as out:
        yield out


def _value(a) -> float:  # noqa: ANN001
    t = a.tables[0]
    return t.rows[0][t.columns.index("value")]


@pytest.mark.parametrize("q", [
    "How many people created an account in Q1 2026, buyers or not?",
    "How many customers signed up in Q1 2026, with or without an order?",
    "2026年一季度注册的用户有多少？买没买都算",
    "2026年一季度注册的用户有多少，无论是否下单？",
])
def test_kind_said_both_ways_is_no_measure(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert _value(a) == facts["signups"], (a.assumptions, a.tables[0].rows)


def test_buyers_still_buyers(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How many buyers did we have in Q1 2026?")
    assert a.status == "ok", a.answer
    assert _value(a) != facts["signups"], (a.assumptions, a.tables[0].rows)
