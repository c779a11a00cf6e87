""""2025年全年成交额多少？只算付了款并且没退款的订单" (session 46's livestream batch), with order statuses paid, cancelled,
refunded and returned and a payment step "支付成功": the payment step said is the paid orders, and leaving refunded ones
out restates what revenue leaves out — the answer is the paid orders' total, never every status but refunded (which
would add never-paid cancelled orders). "不含退款的订单" alone is revenue too when no status is open (pending,
unpaid); with an open status the orders left out are the asker's own definition, and the statuses counted are said.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import amount_said, ask, service_on, write_csv


def _shop(tmp: Path, statuses: tuple[str, ...]) -> dict[str, object]:
    rnd = random.Random(4607)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_order", "提交订单", "提交订单", "Order submitted", "purchase", "下单"),
               ("tp_paid", "支付成功", "支付成功", "Payment succeeded", "purchase", "付款|付了款|支付")])
    customers, events, orders = [], [], []
    totals: dict[str, float] = {s: 0.0 for s in statuses}
    for i in range(500):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 5) + timedelta(days=rnd.randrange(350), hours=20)
        status = rnd.choices(statuses, weights=[6] + [1] * (len(statuses) - 1))[0]
        amount = float(rnd.choice([39, 59, 99]))
        totals[status] += amount
        events.append((f"E{i:04d}a", cid, at.isoformat(sep=" "), "tp_order"))
        if status != "cancelled":
            events.append((f"E{i:04d}b", cid, (at + timedelta(minutes=3)).isoformat(sep=" "), "tp_paid"))
        orders.append((f"O{i:04d}", cid, at.isoformat(sep=" "), amount, status))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status"], orders)
    return totals


@pytest.fixture(scope="module")
def closed(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("paid_not_refunded"),
                    lambda p: _shop(p, ("paid", "cancelled", "refunded", "returned"))) as out:
        yield out


@pytest.fixture(scope="module")
def open_status(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("paid_not_refunded_open"),
                    lambda p: _shop(p, ("paid", "pending", "refunded"))) as out:
        yield out


@pytest.mark.parametrize("q", ["2025年全年成交额多少？只算付了款并且没退款的订单", "2025年营业额，不含退款的订单"])
def test_paid_and_not_refunded_is_revenue(closed, q) -> None:  # noqa: ANN001
    service, totals = closed
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert amount_said(a.answer, totals["paid"]), (a.answer, totals)


def test_an_open_status_is_counted_when_only_refunds_are_left_out(open_status) -> None:  # noqa: ANN001
    service, totals = open_status
    a = ask(service, "2025年营业额，不含退款的订单")
    assert a.status == "ok", a.answer
    assert amount_said(a.answer, totals["paid"] + totals["pending"]), (a.answer, totals)
