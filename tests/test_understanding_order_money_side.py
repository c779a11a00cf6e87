"""A rate the asker defines whose side is the orders' money (cause seen in session 34's first blind batch, a lawn
care subscription): "已付款订单总额除以当年至少付过一次款的客户数" divides the paid orders' total by the paying
customers — the side named 订单总额 is money, not a count of orders (it was 7.15 orders per customer).

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _shop(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3407)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_visit", "上门养护", "上门养护", "Lawn visit", "service", "上门|visit")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("care", "养护", 1, "tp_visit", 30)])
    customers, events, orders = [], [], []
    paid_total, payers = 0.0, set()
    for i in range(400):
        cid = f"C{i:04d}"
        customers.append((cid, "2024-12-01"))
        for _ in range(rnd.randrange(1, 6)):
            t = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(355), hours=rnd.randrange(8))
            events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_visit", "done"))
            amount = round(rnd.uniform(100, 900), 2)
            status = "paid" if rnd.random() < 0.85 else "cancelled"
            orders.append((f"O{len(orders):05d}", cid, t.isoformat(sep=" "), f"{amount:.2f}", status))
            if status == "paid":
                paid_total += amount
                payers.add(cid)
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status"], orders)
    return {"per_payer": paid_total / len(payers)}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("order_money_side"), _shop) as out:
        yield out


@pytest.mark.parametrize("question", [
    "2025年平均每个付费客户贡献了多少营收？已付款订单总额除以当年至少付过一次款的客户数",
    # (a side whose head noun is people while orders say who they are: the people)
    "2025年每个付费客户平均花了多少钱？已支付订单总额除以当年至少有一笔已支付订单的客户数"])
def test_a_side_named_as_the_orders_money_is_their_total(shop, question: str) -> None:  # noqa: ANN001
    service, facts = shop
    a = ask(service, question)
    assert a.status == "ok", a.answer
    want = facts["per_payer"]
    assert any(abs(v - want) < 0.01 * want for v in first_numbers(a)), (a.answer, a.tables[0].rows, want)
