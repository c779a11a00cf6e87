"""A column named by the word the trade uses for it (session 45's laptop-resale batch: "which marketplace has the
highest return rate" where the orders' column is platform; session 44's batches: carrier for courier; session 46's: fault for issue): the grouping
is that column, not a question asked back.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv

PLATFORMS = ["amazon", "ebay", "backmarket"]
ISSUES = ["dent", "late", "wrong_item"]
COURIERS = ["dhl", "ups", "hermes"]


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4505)
    tmp.mkdir(parents=True, exist_ok=True)
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "name_zh", "name_en", "stage"],
              [("tp_order", "Order", "下单", "Order", "purchase"),
               ("tp_delivery", "Delivery", "送达", "Delivery", "service")])
    customers, events, orders = [], [], []
    revenue: dict[str, float] = defaultdict(float)
    deliveries: Counter[str] = Counter()
    issues: Counter[str] = Counter()
    for i in range(800):
        cid = f"C{i:04d}"
        customers.append((cid, "2025-01-01 00:00:00", ("farm", "retailer")[i % 2]))
        at = datetime(2025, 1, 1) + timedelta(days=rnd.randrange(365), hours=11)
        platform = rnd.choices(PLATFORMS, weights=[2, 1, 4])[0]
        courier = rnd.choices(COURIERS, weights=[1, 3, 2])[0]
        amount = float(rnd.randrange(200, 900))
        issue = rnd.choices(ISSUES, weights=[1, 4, 2])[0] if i % 3 == 0 else ""
        issues[issue] += bool(issue)
        events.append((f"E{i:05d}a", cid, at.isoformat(sep=" "), "tp_order", "", ""))
        events.append((f"E{i:05d}b", cid, (at + timedelta(days=2)).isoformat(sep=" "), "tp_delivery", courier, issue))
        deliveries[courier] += 1
        orders.append((f"O{i:05d}", cid, at.isoformat(sep=" "), amount, "paid", platform))
        revenue[platform] += amount
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "client_type"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "courier", "issue_type"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "platform"], orders)
    return {"top_platform": max(revenue, key=revenue.get), "top_courier": deliveries.most_common(1)[0][0],
            "top_issue": issues.most_common(1)[0][0]}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("column_synonyms"), _company) as out:
        yield out


def test_marketplace_names_the_platform_column(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Which marketplace brought in the most revenue in 2025?")
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == facts["top_platform"], a.answer


def test_carrier_names_the_courier_column(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "Which carrier handled the most deliveries in 2025?")
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == facts["top_courier"], a.answer


def test_fault_names_the_issue_column(company) -> None:  # noqa: ANN001
    """(session 46's greenhouse batch: "What fault type did we get the most service tickets for" of issue_type, beside
    a customers' client_type the bare word "type" could name)"""
    service, facts = company
    a = ask(service, "What fault type did we get the most deliveries with in 2025?")
    assert a.status == "ok", a.answer
    assert a.tables and a.tables[0].rows[0][0] == facts["top_issue"], a.answer
