""""How much money did we actually pay back to buyers in refunds during 2025?" (session 46's livestream batch)
answered revenue: "money" only says an amount is asked; the amount named beside it (what was paid back, the orders'
refund_amount column) is the one measured.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4706)
    tmp.mkdir(parents=True, exist_ok=True)
    orders = []
    back = paid = 0.0
    for i in range(500):
        at = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(350), hours=12)
        amount = round(rnd.uniform(20, 150), 2)
        refunded = rnd.random() < 0.2
        part = round(amount * rnd.choice([0.5, 1.0]), 2) if refunded else ""
        orders.append((f"O{i:04d}", f"C{i % 200:04d}", at.isoformat(sep=" "), amount,
                       "refunded" if refunded else "paid", part))
        back += part or 0.0
        paid += 0.0 if refunded else amount
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_home", "Home", "awareness")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(200)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"],
              [(f"E{j:04d}", o[1], o[2], "tp_home") for j, o in enumerate(orders)])
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "refund_amount"], orders)
    return {"back": back, "paid": paid}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("money_named"), _company) as out:
        yield out


def _value(a) -> float:  # noqa: ANN001
    t = a.tables[0]
    return t.rows[0][t.columns.index("value")]


@pytest.mark.parametrize("q", [
    "How much money did we actually pay back to buyers in refunds during 2025?",
    "How much money was given back to customers in 2025?",
])
def test_money_beside_the_amount_named(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert _value(a) == pytest.approx(facts["back"], rel=1e-6), (a.assumptions, a.tables[0].rows)


def test_money_alone_is_revenue(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How much money did we make in 2025?")
    assert a.status == "ok", a.answer
    assert _value(a) == pytest.approx(facts["paid"], rel=1e-6), (a.assumptions, a.tables[0].rows)
