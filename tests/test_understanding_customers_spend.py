"""What the customers' orders cost them is the orders' money, what the company spends is not in the data (cause seen
in session 34's third blind batch, a corporate travel agency):

- "2025年通过我们订的机票一共花了多少钱？只算已支付的订单" is the paid flight orders' revenue (it was refused as
  "your data holds no costs or spend");
- "我们2025年投放广告花了多少钱？" is still refused: the company's own spending is no data of the journey.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, amount_said, service_on, write_csv


def _travel(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3417)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_book", "预订", "预订", "Booking", "purchase", "预订|booking")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("book", "预订", 1, "tp_book", 30)])
    customers, events, orders, flights = [], [], [], 0.0
    for i in range(300):
        cid = f"T{i:04d}"
        customers.append((cid, "2024-12-01"))
        for _ in range(4):
            t = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(355), hours=rnd.randrange(8))
            product = rnd.choice(["机票", "酒店"])
            amount = round(rnd.uniform(300, 3000), 2)
            status = "paid" if rnd.random() < 0.9 else "refunded"
            events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_book", "booked"))
            orders.append((f"O{len(orders):05d}", cid, t.isoformat(sep=" "), f"{amount:.2f}", status, product))
            flights += amount if product == "机票" and status == "paid" else 0.0
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "产品"], orders)
    return {"flights": flights}


@pytest.fixture(scope="module")
def travel(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("customers_spend"), _travel) as out:
        yield out


def test_what_ordered_things_cost_is_the_orders_money(travel) -> None:  # noqa: ANN001
    service, facts = travel
    a = ask(service, "2025年通过我们订的机票一共花了多少钱？只算已支付的订单")
    assert a.status == "ok", a.answer
    assert amount_said(a.answer, facts["flights"]), (a.answer, facts["flights"])


def test_the_companys_own_spending_is_still_refused(travel) -> None:  # noqa: ANN001
    service, _ = travel
    a = ask(service, "我们2025年投放广告花了多少钱？")
    assert a.status == "unsupported", a.answer
