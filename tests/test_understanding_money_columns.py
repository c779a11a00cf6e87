"""Money a company keeps in columns of its own orders (cause seen in session 35's first blind batches: a dealer
auction's buyer_fee and transport_fee, a services marketplace's platform fee; the answers gave revenue, or refused
because a word of the fee's name was read as a slice):

- "How much did we collect in buyer fees in 2025?" is the total of buyer_fee — money asked of a money column is
  its total, not its average and not revenue;
- "2025年已付款订单总金额是多少？（含买家服务费和运费）": 服务 of 服务费 (a fee's kind) is no journey stage "service"
  to slice the orders by — it had been refused as a stage the orders cannot take;
- the same holds in English ("the service-fee income"), where "service" is also a stage.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import amount_said, ask, service_on, write_csv


def _auction(tmp: Path) -> dict[str, object]:
    rnd = random.Random(3502)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_browse", "Browse lots", "浏览车源", "Browse lots", "awareness", "浏览|browse"),
               ("tp_bid", "Bid", "出价", "Bid", "consideration", "出价|bid"),
               ("tp_pay", "Payment", "付款", "Payment", "purchase", "付款|payment"),
               ("tp_support", "After-sales service", "售后服务", "After-sales service", "service", "售后|support")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("buy", "Buy", 1, "tp_browse", 30), ("buy", "Buy", 2, "tp_bid", 30), ("buy", "Buy", 3, "tp_pay", 30)])
    customers, events, orders = [], [], []
    for i in range(400):
        cid = f"D{i:04d}"
        customers.append((cid, "2024-06-01 00:00:00"))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(350), hours=rnd.randrange(10))
        events.append((f"E{i}-0", cid, at.isoformat(sep=" "), "tp_browse", "view"))
        if rnd.random() < 0.6:
            events.append((f"E{i}-1", cid, (at + timedelta(days=1)).isoformat(sep=" "), "tp_bid", "bid"))
            if rnd.random() < 0.7:
                paid = at + timedelta(days=2)
                events.append((f"E{i}-2", cid, paid.isoformat(sep=" "), "tp_pay", "paid"))
                hammer = rnd.randrange(40, 300) * 1000
                fee, transport = rnd.choice([1200, 1800, 2800]), rnd.randrange(3, 30) * 100
                status = "paid" if rnd.random() < 0.9 else "cancelled"
                orders.append((f"O{i}", cid, paid.isoformat(sep=" "), hammer + fee + transport, status, hammer, fee,
                               transport))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "hammer_price", "buyer_fee",
                                   "transport_fee"], orders)
    return {"orders": orders}


@pytest.fixture(scope="module")
def auction(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("money_columns"), _auction) as out:
        yield out


def test_money_asked_of_a_fee_column_is_its_total(auction) -> None:  # noqa: ANN001
    service, facts = auction
    want = sum(o[6] for o in facts["orders"] if o[4] == "paid" and o[2].startswith("2025"))
    a = ask(service, "How much did we collect in buyer fees in 2025? Paid orders only.")
    assert a.status == "ok", a.answer
    assert amount_said(a.answer, want), (want, a.answer)


@pytest.mark.parametrize("q", ["2025年已付款订单总金额是多少？（含买家服务费和运费）",
                               "What was the total amount of paid orders in 2025, buyer service fee and transport included?"])
def test_a_fee_named_by_a_stage_word_slices_nothing(auction, q) -> None:  # noqa: ANN001
    service, facts = auction
    want = sum(o[3] for o in facts["orders"] if o[4] == "paid" and o[2].startswith("2025"))
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert amount_said(a.answer, want), (want, a.answer)
