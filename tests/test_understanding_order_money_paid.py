""""2025年加急费一共收了多少钱？" (session 47's calibration batch) added the rush fee of cancelled orders too: money
kept on the orders in a column of the company's own (rush_fee) is what paid orders brought in, by revenue's rule;
a status named in the question replaces the rule, and money paid back (refund_amount) adds up over the orders that
hold it.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4715)
    tmp.mkdir(parents=True, exist_ok=True)
    orders, events = [], []
    paid = cancelled = back = 0.0
    for i in range(400):
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(340), hours=10)
        status = rnd.choices(["paid", "cancelled", "refunded"], weights=[8, 2, 1])[0]
        fee = float(rnd.choice([0, 0, 80, 150]))
        refund = round(rnd.uniform(50, 300), 2) if status == "refunded" else ""
        orders.append((f"O{i:04d}", f"C{i % 150:04d}", at.isoformat(sep=" "), 500.0 + fee, status, fee, refund))
        events.append((f"E{i:04d}", f"C{i % 150:04d}", at.isoformat(sep=" "), "tp_request"))
        paid += fee if status == "paid" else 0.0
        cancelled += fee if status == "cancelled" else 0.0
        back += refund or 0.0
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_request", "送校申请", "purchase")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], [(f"C{j:04d}", "2025-01-01") for j in range(150)])
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "rush_fee", "refund_amount"],
              orders)
    return {"paid": paid, "cancelled": cancelled, "back": back}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("order_money_paid"), _company) as out:
        yield out


def _value(a) -> float:  # noqa: ANN001
    t = a.tables[0]
    return t.rows[0][t.columns.index("value")]


@pytest.mark.parametrize("q", ["2025年rush_fee一共收了多少钱？", "What was the total rush fee in 2025?"])
def test_fee_of_paid_orders(company, q) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert _value(a) == pytest.approx(facts["paid"]), (a.assumptions, a.tables[0].rows)


def test_status_named_replaces_the_rule(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What was the total rush fee of cancelled orders in 2025?")
    assert a.status == "ok", a.answer
    assert _value(a) == pytest.approx(facts["cancelled"]), (a.assumptions, a.tables[0].rows)


def test_money_paid_back_over_its_orders(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What was the total refund amount in 2025?")
    assert a.status == "ok", a.answer
    assert _value(a) == pytest.approx(facts["back"]), (a.assumptions, a.tables[0].rows)
