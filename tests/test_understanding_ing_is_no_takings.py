""""Which clinic gets the most complaints about refunds taking forever?" (session 48's hair-transplant batch) was
refused: "taking" was read as a slip for "takings" (revenue), whose plural -s looked like a regular ending. A noun in
-ings is another word than the everyday verb in -ing.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4809)
    tmp.mkdir(parents=True, exist_ok=True)
    events, orders = [], []
    for i in range(200):
        at = datetime(2025, 2, 1) + timedelta(days=rnd.randrange(300), hours=10)
        events.append((f"E{i:04d}", f"C{i:04d}", at.isoformat(sep=" "), "tp_refund"))
        orders.append((f"O{i:04d}", f"C{i:04d}", at.isoformat(sep=" "), 100.0, "refunded"))
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_refund", "Refund", "service")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(200)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status"], orders)
    return {"n": 200}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("ing_takings"), _company) as out:
        yield out


def test_taking_is_no_slip_for_takings(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "How many refunds were we taking care of in 2025?")
    assert a.status == "ok", a.answer
    assert all(m != "revenue" for m in [c.args.get("metric_id") for c in a.tool_calls]), a.tool_calls


def test_the_noun_is_still_read(company) -> None:  # noqa: ANN001
    service, _ = company
    a = ask(service, "What were our takings in 2025?")
    assert a.status == "ok", a.answer
    assert any(c.args.get("metric_id") == "revenue" for c in a.tool_calls), a.tool_calls
