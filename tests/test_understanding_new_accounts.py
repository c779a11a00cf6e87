""""How many new accounts did we open in 2025?" (session 47's calibration batch) counted the orders whose source is
new_account: accounts opened are the customers who signed up in the period — while "orders … from new accounts"
still slices the orders by that source.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4717)
    tmp.mkdir(parents=True, exist_ok=True)
    customers, orders, events = [], [], []
    opened = from_new = 0
    for i in range(300):
        cid = f"C{i:04d}"
        signup = datetime(2024, 6, 1) + timedelta(days=rnd.randrange(560))
        customers.append((cid, signup.isoformat(sep=" ")))
        opened += signup.year == 2025
        events.append((f"E{i:04d}", cid, signup.isoformat(sep=" "), "tp_request"))
    for j in range(500):
        at = datetime(2025, 1, 2) + timedelta(days=rnd.randrange(360))
        source = rnd.choice(["new_account", "repeat", "rep_visit"])
        orders.append((f"O{j:04d}", f"C{j % 300:04d}", at.isoformat(sep=" "), 300.0, "paid", source))
        from_new += source == "new_account"
        events.append((f"F{j:04d}", f"C{j % 300:04d}", at.isoformat(sep=" "), "tp_request"))
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_request", "Calibration request", "purchase")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id"], events)
    write_csv(tmp / "orders.csv", ["order_id", "customer_id", "ts", "amount", "status", "source"], orders)
    return {"opened": opened, "from_new": from_new}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("new_accounts"), _company) as out:
        yield out


def _value(a) -> float:  # noqa: ANN001
    t = a.tables[0]
    return t.rows[0][t.columns.index("value")]


def test_accounts_opened_are_signups(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How many new accounts did we open in 2025?")
    assert a.status == "ok", a.answer
    assert _value(a) == facts["opened"], (a.assumptions, a.tables[0].rows)


def test_orders_from_new_accounts_slice_the_source(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How many orders in 2025 came from new accounts?")
    assert a.status == "ok", a.answer
    assert _value(a) == facts["from_new"], (a.assumptions, a.tables[0].rows)


@pytest.mark.parametrize("q", ["How many customer accounts do we have on file in total, prospects included?",
                               "客户档案里一共有多少客户？"])
def test_customers_on_file_are_the_whole_list(company, q) -> None:  # noqa: ANN001
    """"… on file in total" (session 47's calibration batch) was refused for the unknown word "file": the customer
    list as it stands, every customer on it."""
    service, _ = company
    a = ask(service, q)
    assert a.status == "ok", a.answer
    assert _value(a) == 300, (a.assumptions, a.tables[0].rows)
