"""One word, two meanings in one question (cause seen in a blind batch, a bubble-tea chain): "what share of pickup
orders took more than 20 minutes from payment to pickup?" — the first "pickup" is the order mode (a value kept on
events and orders), the
second is the pick-up step the time runs to. Reading the first as the value must not drop the step said again later.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv


def _shop(tmp: Path) -> dict[str, object]:
    rnd = random.Random(83)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_menu", "Browse menu", "浏览菜单", "Browse menu", "consideration", "菜单|menu"),
               ("tp_paid", "Payment success", "支付成功", "Payment success", "purchase", "支付|payment|paid"),
               ("tp_picked", "Picked up", "到店取餐", "Picked up", "service", "取餐|自取|pickup|picked up"),
               ("tp_delivered", "Delivered", "外卖送达", "Delivered", "service", "送达|delivered")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("order", "Order", 1, "tp_menu", 1), ("order", "Order", 2, "tp_paid", 1),
               ("order", "Order", 3, "tp_picked", 1)])
    customers, events, orders, waits = [], [], [], []
    for i in range(400):
        cid = f"C{i:04d}"
        at = datetime(2025, 4, 1) + timedelta(days=rnd.randrange(80), hours=8 + rnd.randrange(10))
        customers.append((cid, at.isoformat(sep=" ")))
        mode = "pickup" if rnd.random() < 0.6 else "delivery"
        events.append((f"{cid}-m", cid, at.isoformat(sep=" "), "tp_menu", "view", mode))
        paid = at + timedelta(minutes=3)
        events.append((f"{cid}-p", cid, paid.isoformat(sep=" "), "tp_paid", "pay", mode))
        orders.append((f"O{i:05d}", cid, paid.isoformat(sep=" "), 25, "paid", mode))
        wait = rnd.choice([6, 9, 12, 15, 18, 24, 31, 40])
        done = paid + timedelta(minutes=wait)
        if mode == "pickup":
            events.append((f"{cid}-k", cid, done.isoformat(sep=" "), "tp_picked", "collect", mode))
            waits.append(wait)
        else:
            events.append((f"{cid}-d", cid, done.isoformat(sep=" "), "tp_delivered", "arrive", mode))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action", "order_mode"],
              events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_mode"], orders)
    return {"waits": waits}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("word_twice"), _shop) as out:
        yield out


@pytest.mark.parametrize("q", [
    "In Q2 2025, what share of pickup orders took more than 20 minutes from payment to pickup?",
    "2025年二季度，自取订单从支付到自取超过20分钟的占多少？",
])
def test_a_value_word_said_again_as_the_step_keeps_the_step(shop, q) -> None:  # noqa: ANN001
    service, facts = shop
    waits = facts["waits"]
    share = sum(x > 20 for x in waits) / len(waits)
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert abs(first_numbers(a)[0] - share) < 1e-6, (share, a.tables[0].rows)
