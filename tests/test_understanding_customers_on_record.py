""""How many of our customers are on the concession rate?" (session 45's allotment batch) counted the customers active
in the data by an events column: people counted by a column of the customer list (tier = concession), with no
period, step or journey said, are the customers on record — the whole list; a period said keeps the active ones.

Expected values are computed here from the rows written, never from the product's analyses.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from datafolders import ask, service_on, write_csv


def _company(tmp: Path) -> dict[str, object]:
    rnd = random.Random(4723)
    tmp.mkdir(parents=True, exist_ok=True)
    customers, events = [], []
    n = 0
    for i in range(500):
        cid = f"C{i:04d}"
        tier = rnd.choices(["standard", "concession"], weights=[3, 1])[0]
        customers.append((cid, "2024-01-01", tier))
        n += tier == "concession"
        if rnd.random() < 0.5:  # (half of them did anything in the data)
            at = datetime(2025, 1, 3) + timedelta(days=rnd.randrange(330), hours=9)
            events.append((f"E{i:04d}", cid, at.isoformat(sep=" "), "tp_visit", str(rnd.random() < 0.3).lower()))
    write_csv(tmp / "touchpoints.csv", ["touchpoint_id", "name", "stage"], [("tp_visit", "Plot visit", "service")])
    write_csv(tmp / "customers.csv", ["customer_id", "signup_at", "tier"], customers)
    write_csv(tmp / "events.csv", ["event_id", "customer_id", "ts", "touchpoint_id", "concession"], events)
    return {"n": n, "share": n / 500}


@pytest.fixture(scope="module")
def company(tmp_path_factory):  # noqa: ANN001, ANN201 - (service, facts)
    with service_on(tmp_path_factory.mktemp("customers_on_record"), _company) as out:
        yield out


def test_customers_by_a_list_column(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "How many of our customers are on the concession rate?")
    assert a.status == "ok", a.answer
    t = a.tables[0]
    assert t.rows[0][t.columns.index("value")] == facts["n"], (a.assumptions, t.rows)


def test_share_of_customers_by_a_list_column(company) -> None:  # noqa: ANN001
    service, facts = company
    a = ask(service, "What share of our customers are on the concession rate?")
    assert a.status == "ok", a.answer
    t = a.tables[0]
    row = next(r for r in t.rows if r[0] == "concession")
    assert row[t.columns.index("share")] == pytest.approx(facts["share"]), (a.assumptions, t.rows)
