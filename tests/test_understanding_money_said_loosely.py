"""Money asked in looser words (blind batch motorent of session 51, checked in session 52):

- "total damage charges we actually collected in 2025": an adverb between the kind and "collected" still asks the
  kind's money (the paid orders of that kind), never a count of damage-claim events;
- "How much in booking deposits did we refund on bookings made in 2025?", "total deposits refunded in 2025": the money
  of the refunded orders of that kind, not what was taken in and not a count of booking events;
- "How many booking deposits did we refund in 2025?" stays a count, of the refunded deposits: the status said by its
  verb after "did".

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, first_numbers, service_on, write_csv

KINDS = (("booking_deposit", "订金", 300.0), ("rental", "租金", 1500.0), ("damage_charge", "车损扣款", 800.0))


def _rentals(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5201)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_booking", "预订付订金", "预订付订金", "Booking & deposit", "purchase", "booking|预订"),
               ("tp_pickup", "取车", "取车", "Bike pickup", "service", "pickup"),
               ("tp_damage", "车损理赔", "车损理赔", "Damage claim", "service", "damage|damage charge")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("rent", "租车", 1, "tp_booking", 30), ("rent", "租车", 2, "tp_pickup", 30)])
    customers, events, orders = [], [], []
    for i in range(500):
        cid = f"R{i:04d}"
        customers.append((cid, "2024-06-01"))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(360), hours=rnd.randrange(8, 20))
        events.append((f"E{len(events):06d}", cid, at.isoformat(sep=" "), "tp_booking", "book"))
        refunded = rnd.random() < 0.2
        orders.append((f"O{len(orders):05d}", cid, at.isoformat(sep=" "), KINDS[0][2] + rnd.choice([0, 50]),
                       "refunded" if refunded else "paid", *KINDS[0][:2]))
        if refunded:
            continue
        pick = at + timedelta(days=3)
        events.append((f"E{len(events):06d}", cid, pick.isoformat(sep=" "), "tp_pickup", "pickup"))
        orders.append((f"O{len(orders):05d}", cid, pick.isoformat(sep=" "), KINDS[1][2], "paid", *KINDS[1][:2]))
        if rnd.random() < 0.15:
            dmg = pick + timedelta(days=2)
            events.append((f"E{len(events):06d}", cid, dmg.isoformat(sep=" "), "tp_damage", "claim"))
            orders.append((f"O{len(orders):05d}", cid, dmg.isoformat(sep=" "), KINDS[2][2] + rnd.randrange(0, 400),
                           "refunded" if rnd.random() < 0.1 else "paid", *KINDS[2][:2]))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type", "订单类型"],
              orders)
    return {"orders": orders}


@pytest.fixture(scope="module")
def rentals(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("money_said_loosely"), _rentals) as out:
        yield out


def _money(facts: dict, kind: str, status: str) -> float:
    return sum(o[3] for o in facts["orders"] if o[5] == kind and o[4] == status and o[2][:4] == "2025")


def test_total_kind_actually_collected(rentals) -> None:  # noqa: ANN001
    service, facts = rentals
    a = ask(service, "total damage charges we actually collected in 2025?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(_money(facts, "damage_charge", "paid")), a.answer


@pytest.mark.parametrize("q", ["How much in booking deposits did we refund on bookings made in 2025?",
                               "total booking deposits refunded in 2025?"])
def test_kind_refunded_is_money_given_back(rentals, q: str) -> None:  # noqa: ANN001
    service, facts = rentals
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(_money(facts, "booking_deposit", "refunded")), a.answer


def test_how_many_refunded_stays_a_count(rentals) -> None:  # noqa: ANN001
    service, facts = rentals
    want = sum(1 for o in facts["orders"] if o[5] == "booking_deposit" and o[4] == "refunded" and o[2][:4] == "2025")
    a = ask(service, "How many booking deposits did we refund in 2025?")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(want), (want, a.answer)


def _plant(tmp: Path) -> dict[str, object]:
    rnd = random.Random(5206)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage", "aliases"],
              [("tp_order", "下单", "下单", "Order placed", "purchase", ""),
               ("tp_ship", "发货", "发货", "Shipped", "service", "")])
    write_csv(tmp / "journeys.csv", ["journey_id", "journey_name", "step", "touchpoint_id", "window_days"],
              [("order", "下单发货", 1, "tp_order", 30), ("order", "下单发货", 2, "tp_ship", 30)])
    customers, events, orders = [], [], []
    for i in range(300):
        cid = f"P{i:04d}"
        customers.append((cid, "2024-06-01"))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(360), hours=rnd.randrange(8, 20))
        events.append((f"E{len(events):06d}", cid, at.isoformat(sep=" "), "tp_order", "placed"))
        orders.append((f"O{len(orders):05d}", cid, at.isoformat(sep=" "), 5000.0 + rnd.randrange(0, 3000), "paid",
                       "pressing"))
        events.append((f"E{len(events):06d}", cid, (at + timedelta(days=20)).isoformat(sep=" "), "tp_ship", "shipped"))
        orders.append((f"O{len(orders):05d}", cid, (at + timedelta(days=20)).isoformat(sep=" "),
                       300.0 + rnd.randrange(0, 200), "paid", "freight"))
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "action"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type"], orders)
    return {"orders": orders}


@pytest.fixture(scope="module")
def plant(tmp_path_factory: pytest.TempPathFactory):
    with service_on(tmp_path_factory.mktemp("money_of_a_kind_glossed"), _plant) as out:
        yield out


def test_kind_said_by_a_chinese_word_for_its_fee(plant) -> None:  # noqa: ANN001
    """"2025年光运费我们一共收了多少钱" where the orders' kinds are pressing and freight (no Chinese column): 运费, a
    "freight fee", is the freight orders' money."""
    service, facts = plant
    want = sum(o[3] for o in facts["orders"] if o[5] == "freight" and o[2][:4] == "2025")
    a = ask(service, "2025年光运费我们一共收了多少钱？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(want), (want, a.answer)


def test_money_given_back_said_as_de_qian(rentals) -> None:  # noqa: ANN001
    """"2025年退给客户的钱一共多少？": the money of the refunded orders, never a count of customers."""
    service, facts = rentals
    want = sum(o[3] for o in facts["orders"] if o[4] == "refunded" and o[2][:4] == "2025")
    a = ask(service, "2025年退给客户的钱一共多少？")
    assert a.status == "ok", a.answer
    assert first_numbers(a)[0] == pytest.approx(want), (want, a.answer)
