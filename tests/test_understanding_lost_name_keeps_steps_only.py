"""A longer name that lost to an earlier one gives back only the steps inside it (a guard found by session 34's
regression): "2025年一共卖出去多少件？把已付款订单的件数加起来" adds up the paid orders' quantity — "付款订单" (a name of
the paid status) loses to the earlier "已付款", and the 订单 left of it is no count of orders competing with the 件数
asked for.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import amount_said, ask, service_on, write_csv


def _tees(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3419)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_order", "下单", "下单", "Order placed", "purchase", "下单|order")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("buy", "购买", 1, "tp_order", 7)])
    customers, events, orders, pieces = [], [], [], 0
    for i in range(300):
        cid = f"C{i:04d}"
        customers.append((cid, "2024-12-01"))
        for _ in range(3):
            t = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(350), hours=rnd.randrange(8))
            qty = rnd.randrange(1, 60)
            status = "paid" if rnd.random() < 0.85 else "cancelled"
            events.append((f"E{len(events):05d}", cid, t.isoformat(sep=" "), "tp_order", "ordered"))
            orders.append((f"O{len(orders):05d}", cid, t.isoformat(sep=" "), f"{qty * 39:.2f}", status, str(qty)))
            pieces += qty if status == "paid" else 0
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "quantity"], orders)
    return {"pieces": pieces}


@pytest.fixture(scope="module")
def tees(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("lost_name_steps_only"), _tees) as out:
        yield out


def test_a_lost_names_measure_word_stays_inside_it(tees) -> None:  # noqa: ANN001
    service, facts = tees
    a = ask(service, "2025年一共卖出去多少件？把已付款订单的件数加起来")
    assert a.status == "ok", a.answer
    assert amount_said(a.answer, facts["pieces"]), (a.answer, facts["pieces"])
