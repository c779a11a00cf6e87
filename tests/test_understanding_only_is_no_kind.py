""""How much money did Istanbul bring in in Q1 2026 (RMB, paid orders only)?" (session 48's hair-transplant batch)
kept only the orders of kind hotel_only: "only" was read as the head noun of that kind's name. A last word like
"only", "plus", "inclusive" says which rows, never a kind of order.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

KINDS = ("hotel_only", "all_inclusive", "surgery")


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4810)
    tmp.mkdir(parents=True, exist_ok=True)
    orders, total = [], 0.0
    for i in range(300):
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(355), hours=10)
        kind = rnd.choice(KINDS)
        status = rnd.choices(["paid", "refunded"], weights=[9, 1])[0]
        amt = float(rnd.randrange(1000, 9000))
        orders.append((f"O{i:04d}", f"C{i % 120:04d}", at.isoformat(sep=" "), amt, status, kind))
        total += amt if status == "paid" else 0.0
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_pay", "Payment", "purchase")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(120)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"],
              [(f"E{j:04d}", f"C{j:04d}", f"2025-{1 + j % 12:02d}-30 09:00:00" if j % 12 != 1 else "2025-02-27 09:00:00", "tp_pay") for j in range(120)])
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "package_type"], orders)
    return {"total": round(total, 2)}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("only_no_kind"), _company) as out:
        yield out


def test_only_after_paid_orders_is_no_kind(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How much money did we bring in in 2025 (paid orders only)?")
    assert a.status == "ok", a.answer
    assert not any("package_type" in (c.args.get("filters") or {}) for c in a.tool_calls), a.tool_calls
    assert any(abs(float(x) - facts["total"]) < 0.5 for x in a.tables[0].rows[0] if isinstance(x, (int, float))), \
        a.tables[0].rows[:2]
