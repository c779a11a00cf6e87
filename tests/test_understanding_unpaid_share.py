""""UK subscription renewal orders from Feb to Apr 2026 - what share ended up unpaid because the charge failed?"
(session 46's supplements batch): "unpaid" is read as the status no paid order has (cancelled), and said after the
share's verb it is the part — its share among the renewal orders, never the renewals' share among unpaid orders.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4615)
    tmp.mkdir(parents=True, exist_ok=True)
    customers, events, orders = [], [], []
    renewals = unpaid = 0
    for i in range(800):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(350), hours=8)
        kind = rnd.choice(["first_order", "subscription_renewal", "subscription_renewal"])
        status = "cancelled" if rnd.random() < (0.2 if kind == "subscription_renewal" else 0.05) else "paid"
        if kind == "subscription_renewal":
            renewals += 1
            unpaid += status == "cancelled"
        events.append((f"E{i:04d}", cid, at.isoformat(sep=" "), "tp_checkout"))
        orders.append((f"O{i:04d}", cid, at.isoformat(sep=" "), 30.0, status, kind))
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_checkout", "Checkout", "purchase")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "order_type"], orders)
    return {"share": unpaid / renewals}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("unpaid_share"), _company) as out:
        yield out


def test_unpaid_after_the_verb_is_the_part(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Subscription renewal orders in 2025 - what share ended up unpaid?")
    assert a.status == "ok", a.answer
    assert any(isinstance(v, float) and abs(v - facts["share"]) < 1e-9 for row in a.tables[0].rows for v in row), \
        (facts, a.tables[0].rows)


def _shop(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4621)
    tmp.mkdir(parents=True, exist_ok=True)
    customers, events, orders = [], [], []
    android = cancelled = 0
    for i in range(800):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00"))
        at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(350), hours=8)
        device = rnd.choice(["android", "ios"])
        status = "cancelled" if rnd.random() < (0.3 if device == "android" else 0.1) else "paid"
        if device == "android":
            android += 1
            cancelled += status == "cancelled"
        events.append((f"E{i:04d}", cid, at.isoformat(sep=" "), "tp_checkout", device))
        orders.append((f"O{i:04d}", cid, at.isoformat(sep=" "), 30.0, status, device))
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_checkout", "提交订单", "purchase")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "device"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "device"], orders)
    return {"share": cancelled / android}


@pytest.fixture(scope="module")
def shop(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("unpaid_share_zh"), _shop) as out:
        yield out


def test_the_rows_noun_closing_its_clause_says_the_whole(shop) -> None:  # noqa: ANN001
    """("快手上安卓手机提交的订单，有多大比例最后没付成功、被取消了？", session 46's livestream batch: the orders before the
    comma are the whole, the status after the share word the part — not Android's share of cancelled orders)"""
    service, facts = shop
    a = ask(service, "2025年安卓手机上的订单，有多大比例最后被取消了？")
    assert a.status == "ok", a.answer
    assert any(isinstance(v, float) and abs(v - facts["share"]) < 1e-9 for row in a.tables[0].rows for v in row), \
        (facts, a.tables[0].rows)
