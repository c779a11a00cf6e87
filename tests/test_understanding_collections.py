""""How much cash have we collected so far this year?", "How did Q1 2026 collections compare with Q1 2025?",
"2025年实际到账的回款一共多少？" (session 47's modular homes batch): money collected (collections, 回款, 到账) is the
paid orders' amount — and "how much cash" asks for money, never the value cash of a finance column.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4719)
    tmp.mkdir(parents=True, exist_ok=True)
    orders, events = [], []
    y25 = q1_25 = q1_26 = 0.0
    for i in range(600):
        at = datetime(2025, 1, 2) + timedelta(days=rnd.randrange(450), hours=10)
        status = "paid" if rnd.random() < 0.85 else "cancelled"
        amount = float(rnd.choice([20000, 50000, 80000]))
        orders.append((f"O{i:04d}", f"C{i % 200:04d}", at.isoformat(sep=" "), amount, status,
                       rnd.choice(["cash", "construction_loan"])))
        events.append((f"E{i:04d}", f"C{i % 200:04d}", at.isoformat(sep=" "), "tp_pay"))
        if status == "paid":
            y25 += amount if at.year == 2025 else 0.0
            q1_25 += amount if at.year == 2025 and at.month <= 3 else 0.0
            q1_26 += amount if at.year == 2026 and at.month <= 3 else 0.0
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_pay", "Progress payment", "purchase")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2024-12-01") for j in range(200)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "finance_type"], orders)
    return {"y25": y25, "growth": q1_26 / q1_25 - 1}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("collections"), _company) as out:
        yield out


def _row(a):  # noqa: ANN001, ANN202
    t = a.tables[0]
    return dict(zip(t.columns, t.rows[0]))


@pytest.mark.parametrize("q", ["How much cash did we collect in 2025?", "2025年实际到账的回款一共多少？"])
def test_money_collected_is_paid_revenue(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert _row(a)["value"] == pytest.approx(facts["y25"]), (a.assumptions, a.tables[0].rows)


def test_collections_compared(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How did Q1 2026 collections compare with Q1 2025? give me the growth %")
    assert a.status == "ok", a.answer
    assert _row(a)["relative_change"] == pytest.approx(facts["growth"]), (a.assumptions, a.tables[0].rows)
